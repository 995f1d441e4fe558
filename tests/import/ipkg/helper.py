def hello():
    return "hello from " + __name__

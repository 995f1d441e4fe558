def trace(f):
    def wrapper(*a, **k):
        print('call', f.__name__, a, sorted(k.items()))
        r = f(*a, **k)
        print('ret', r)
        return r
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=6)

def tag(name):
    def deco(f):
        def w():
            return '<%s>%s</%s>' % (name, f(), name)
        return w
    return deco

@tag('b')
@tag('i')
def hello():
    return 'hi'

print(hello())

order = []
def d1(f):
    order.append('d1')
    return f
def d2(f):
    order.append('d2')
    return f

@d1
@d2
def g():
    pass
print(order)

def evaluated(msg):
    print('evaluating', msg)
    def deco(f):
        print('applying', msg)
        return f
    return deco

@evaluated('first')
@evaluated('second')
def h():
    return 'h'
print(h())

def replace(f):
    return 42

@replace
def gone():
    pass
print(gone)

registry = {}
def register(f):
    registry[f.__name__] = f
    return f

@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry['two']())

# arbitrary expression decorators (3.9+)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(9, 4)
@(lambda f: lambda: f() * 2)
def five():
    return 5
print(five())

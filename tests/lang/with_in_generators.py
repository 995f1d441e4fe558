class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False
def gen():
    with CM('g') as n:
        yield n + '1'
        yield n + '2'
    yield 'after with'
print(list(gen()))
g = gen()
print(next(g))
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError('thrown'))
except ValueError as e:
    print('propagated', e)
def nested():
    with CM('a'), CM('b'):
        for i in range(2):
            yield i
print(list(nested()))
def early_return():
    with CM('r'):
        return 'value'
        yield
try:
    next(early_return())
except StopIteration as e:
    print('returned', e.value)

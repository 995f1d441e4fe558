def g():
    yield 1
    yield 2
it = g()
print(it.__name__)
print(it.gi_running)
print(it.gi_frame is not None)
next(it)
print(it.gi_suspended if hasattr(it, 'gi_suspended') else 'n/a')
list(it)
print(it.gi_frame is None)
def named():
    yield
n = named()
print(n.__name__, n.__qualname__)
class K:
    def meth(self):
        yield self
k = K().meth()
print(k.__qualname__)
print(type(g()).__name__, type(x for x in []).__name__)
ge = (x for x in [])
print(ge.__name__)
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))
def gen_with_args(a, *b, c=3, **d):
    yield a
    yield b
    yield c
    yield sorted(d)
print(list(gen_with_args(1, 2, 3, c=4, e=5)))
def gen_local_state():
    total = 0
    for i in range(4):
        total += i
        yield total
print(list(gen_local_state()))
print(hasattr(g(), 'send'), hasattr(g(), 'throw'), hasattr(g(), 'close'))
print(hasattr(g(), '__next__'), hasattr(g(), '__iter__'))

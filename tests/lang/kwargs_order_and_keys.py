def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
d = {'x': 1}
print(f(**d, y=2, **{'w': 3}))
try:
    f(**{1: 'int key'})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(*args, sep='-', **kw):
    return sep.join(map(str, args)), sorted(kw)
print(h(1, 2, 3), h(1, sep='+', end='!'))
class K:
    def m(self, **kw):
        return list(kw)
print(K().m(self_=1, other=2))
try:
    K().m(self=1)
except TypeError as e:
    print(type(e).__name__, e)
def posdef(a, b=2, /, c=3):
    return a, b, c
print(posdef(1), posdef(1, 5), posdef(1, c=9), posdef(1, 2, 3))

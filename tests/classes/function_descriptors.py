def f(self, x):
    return ('f', self, x)
class C:
    def __repr__(self):
        return 'C()'
c = C()
bm = f.__get__(c, C)
print(bm(1))
print(f.__get__(None, C) is f)
C.g = f
print(c.g(2))
sm = staticmethod(f)
print(sm.__get__(c, C)(1, 2))
cm = classmethod(f)
print(cm.__get__(c, C)(3))
print(cm.__get__(None, C)(4))
class Holder:
    p = property(lambda self: 'prop')
h = Holder()
print(Holder.__dict__['p'].__get__(h, Holder))
print(type(Holder.__dict__['p'].__get__(None, Holder)).__name__)
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Expensive:
    calls = 0
    @Cached
    def data(self):
        Expensive.calls += 1
        return [1, 2, 3]
e = Expensive()
print(e.data, e.data, Expensive.calls)
print(type(Expensive.data).__name__)
class MethodLike:
    def __get__(self, obj, typ):
        return lambda *a: ('bound to', type(obj).__name__ if obj is not None else None, a)
class U:
    m = MethodLike()
print(U().m(1, 2))
print(U.m(3))

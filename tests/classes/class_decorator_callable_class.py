class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
class MethodDeco:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        def bound(*a):
            return 'decorated ' + str(self.f(obj, *a))
        return bound
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__ + '.' + name
class K:
    @MethodDeco
    def meth(self, x):
        return x + 1
print(K().meth(1), K.meth.owner_name, type(K.__dict__['meth']).__name__)
class WithoutGet:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return self.f(*a)
class L:
    @WithoutGet
    def m(self_or_arg):
        return 'got %r' % (self_or_arg,)
try:
    print(L().m())
except TypeError as e:
    print(type(e).__name__)
print(L.m('explicit'))

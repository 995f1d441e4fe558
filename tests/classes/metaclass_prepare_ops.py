class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        d = {}
        d['injected'] = 'from prepare'
        return d
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class A(metaclass=OrderedMeta, option=1):
    z = 1
    a = 2
    def m(self): pass
    b = 3
print(A.order, A.injected)
class LenMeta(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return '%s[%r]' % (cls.__name__, k)
    def __iter__(cls):
        return iter(['x', 'y'])
    def __repr__(cls):
        return '<custom class %s>' % cls.__name__
    def __instancecheck__(cls, inst):
        return inst == 'anything goes'
    def __subclasscheck__(cls, sub):
        return sub is int
class L(metaclass=LenMeta):
    pass
print(len(L), L[1, 2], list(L), repr(L))
print(isinstance('anything goes', L), isinstance(L(), L), isinstance(5, L))
print(issubclass(int, L), issubclass(str, L))
class M2(type):
    def __eq__(cls, o):
        return True
    def __hash__(cls):
        return 0
class Q(metaclass=M2):
    pass
print(Q == 5)
class Meta1(type): pass
class Meta2(type): pass
class P1(metaclass=Meta1): pass
class P2(metaclass=Meta2): pass
try:
    class Conflict(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__)
class Meta1b(Meta1): pass
class P3(metaclass=Meta1b): pass
class Ok(P1, P3):
    pass
print(type(Ok).__name__)

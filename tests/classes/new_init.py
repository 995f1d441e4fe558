class A:
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x, y=0):
        print('init', x, y)
        self.x = x
a = A(1, y=2)
print(a.created, a.x)
class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print('init never runs')
print(NotInst())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('not called')
print(type(ReturnsOther()).__name__)
class Sub(A):
    pass
class Subclass:
    def __new__(cls):
        return object.__new__(SubOfSubclass)
    def __init__(self):
        print('init called on', type(self).__name__)
class SubOfSubclass(Subclass):
    pass
Subclass()
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__)
class OnlyNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(OnlyNew(7).v)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
i = Immutable(1, 2)
print(i, len(i), type(i).__name__)
print(type(A.__new__).__name__)

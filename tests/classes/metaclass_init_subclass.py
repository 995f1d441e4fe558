# __init_subclass__ and class keywords reach the parent when a metaclass's __new__ calls
# type.__new__ (with or without the keywords), and type.__init__ accepts them.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('M.__init__', name, kw)
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=M):
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, tag)
        Base.registry.append((cls.__name__, tag))
class A(Base):
    pass
class B(Base, tag='b'):
    pass
print(Base.registry)
class Plain(metaclass=M):
    pass
try:
    class Bad(Plain, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
class N(type):
    pass
class C(metaclass=N):
    def __init_subclass__(cls, **kw):
        print('C init_subclass', cls.__name__, kw)
class D(C, x=1):
    pass


class NoKw(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class E(metaclass=NoKw):
    def __init_subclass__(cls, **kw):
        print('E init_subclass', cls.__name__, kw)


class F(E, y=2):
    pass


try:
    class G(z=1):
        pass
except TypeError as e:
    print('TypeError', e)
print(type('H', (C,), {}).__name__)

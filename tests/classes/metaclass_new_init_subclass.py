# type.__new__ called from a metaclass's __new__ runs the parent's __init_subclass__, with
# the class keywords the metaclass passes on.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta.__new__', name, sorted(kwargs))
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print('Base.__init_subclass__', cls.__name__, tag)
        cls.tag = tag


class A(Base):
    pass


class B(Base, tag='b'):
    pass


class C(B, tag='c'):
    pass


print(A.tag, B.tag, C.tag)


class Popping(type):
    def __new__(mcls, name, bases, ns, flag=False, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls.flag = flag
        return cls

    def __init__(cls, *args, **kwargs):
        pass


class D(metaclass=Popping, flag=True):
    pass


print(D.flag)
try:
    class E(metaclass=Meta, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class F(x=1):
        pass
except TypeError as e:
    print('TypeError', e)
Dyn = Meta('Dyn', (Base,), {}, tag='dyn')
print(Dyn.tag, type(Dyn).__name__)

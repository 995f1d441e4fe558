# PEP 560: a base that is not a class is replaced by what its __mro_entries__ returns.
class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        print('mro_entries', len(bases), bases.index(self))
        return (self.origin,)


class Base:
    def hello(self):
        return 'hello from Base'


class Mixin:
    pass


class A(Alias(Base)):
    pass


print(A.__bases__ == (Base,), A().hello())
print(len(A.__orig_bases__), type(A.__orig_bases__[0]).__name__)
print('__orig_bases__' in A.__dict__)


class B(Mixin, Alias(Base)):
    pass


print([c.__name__ for c in B.__mro__])


class NoBase:
    def __mro_entries__(self, bases):
        return ()


class C(NoBase()):
    pass


print(C.__bases__ == (object,))


class Two:
    def __mro_entries__(self, bases):
        return (Base, Mixin)


class D(Two()):
    pass


print([c.__name__ for c in D.__mro__])


class Plain(Base):
    pass


print('__orig_bases__' in Plain.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)

try:
    class F(5):
        pass
except TypeError as e:
    print('TypeError')


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta', name, [b.__name__ for b in bases], '__orig_bases__' in ns)
        return super().__new__(mcls, name, bases, ns)


class G(Alias(Base), metaclass=Meta):
    pass

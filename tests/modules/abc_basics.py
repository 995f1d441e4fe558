# abc: abstract methods block instantiation; register() makes virtual subclasses.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


s = Square(3)
print(s.describe(), s.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape.__abstractmethods__).__name__)
print(isinstance(s, Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, type))


class Drawable(metaclass=ABCMeta):
    @property
    @abstractmethod
    def color(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(Drawable.__abstractmethods__))


class Red(Drawable):
    @property
    def color(self):
        return 'red'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


r = Red.make()
print(r.color, r.helper(), Red.helper())


class Sized(ABC):
    @abstractmethod
    def size(self):
        return 0


class Box:
    def size(self):
        return 7


print(issubclass(Box, Sized), isinstance(Box(), Sized))
print(Sized.register(Box) is Box)
print(issubclass(Box, Sized), isinstance(Box(), Sized))


@Sized.register
class Bag:
    pass


print(Bag.__name__, issubclass(Bag, Sized), isinstance(Bag(), Sized))
print(Sized.register(Box) is Box)
Sized.register(int)
print(isinstance(3, Sized), isinstance(True, Sized), isinstance('x', Sized))


class SubBox(Box):
    pass


print(issubclass(SubBox, Sized))
try:
    Sized.register(5)
except TypeError as e:
    print(type(e).__name__, e)


class Child(Sized):
    def size(self):
        return super().size() + 1


print(Child().size())
try:
    Child.register(Sized)
except RuntimeError as e:
    print(type(e).__name__, e)

print(type(abc.get_cache_token()) is not None)


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
try:
    issubclass(5, Hooked)
except TypeError as e:
    print(type(e).__name__, e)


class Old(ABC):
    @abc.abstractproperty
    def value(self):
        pass

    @abc.abstractclassmethod
    def build(cls):
        pass

    @abc.abstractstaticmethod
    def util():
        pass


print(sorted(Old.__abstractmethods__))


class Mixed(ABC):
    x = 1

    def plain(self):
        return 'plain'


m = Mixed()
print(m.plain(), Mixed.__abstractmethods__ == frozenset())
print(abstractmethod(lambda: 0).__isabstractmethod__)


class Later(ABC):
    @abstractmethod
    def go(self):
        pass


class Impl(Later):
    pass


Impl.go = lambda self: 'went'
abc.update_abstractmethods(Impl)
print(Impl().go())
print(ABC.__slots__)


class NoArgs(ABC):
    @abstractmethod
    def f(self):
        pass


for args in ((), (1,)):
    try:
        NoArgs(*args)
    except TypeError as e:
        print(type(e).__name__, e)

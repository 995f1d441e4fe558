# enum: members, lookup by value and name, aliases, iteration, repr/str/format, methods.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED), '%s|%r' % (Color.GREEN, Color.BLUE))
print(f'{Color.RED}|{Color.RED!r}|{Color.RED:>12}|{Color.RED:<12}|')
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [c.name for c in Color])
print(Color(1), Color(3), Color['GREEN'], Color['CRIMSON'], getattr(Color, 'BLUE'))
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(type(Color.RED), type(Color.RED).__name__, isinstance(Color.RED, Color), Color)
print(repr(Color), str(Color), type(Color).__name__)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.RED is Color(1), Color(Color.RED) is Color.RED, bool(Color.RED))
print(list(reversed(Color)))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED._name_, Color.RED._value_, Color._member_names_)
print(dir(Color))
print(dir(Color.RED))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)
print(repr(Planet.MERCURY), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
print(dir(Mood.HAPPY))


class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = 10
    WEST = auto()


print(list(Ordinal))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    A = auto()
    B = auto()


print(list(Lower), Lower('b1'))


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(Fine.TWO, unique(Fine) is Fine)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    _ignore_ = 'tmp'
    tmp = 5
    __private = 9
    helper = lambda self: 'helper'


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape.SQUARE.helper(), hasattr(Shape, 'tmp'))
print(Shape._Shape__private)
print([(name, m.name) for name, m in Shape.__members__.items() if name != m.name])


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty))


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1
    Y = 2


print(Derived.X.hello(), isinstance(Derived.Y, Base), list(Derived))


class Mixed(float, Enum):
    PI = 3.14159
    E = 2.71828


print(Mixed.PI, repr(Mixed.E), Mixed.PI * 2, Mixed.PI > 3, '%.2f' % Mixed.E, f'{Mixed.E}')

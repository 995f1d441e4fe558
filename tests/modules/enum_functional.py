# enum: the functional API and custom __new__.
from enum import Enum, IntEnum, Flag


Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal(3))
Pet = Enum('Pet', ['DOG', 'CAT'], start=10)
print(list(Pet))
Pair = Enum('Pair', [('A', 'x'), ('B', 'y')])
print(list(Pair), Pair('y'))
Mapped = Enum('Mapped', {'ONE': 1, 'TWO': 2})
print(list(Mapped), Mapped.TWO)
Comma = Enum('Comma', 'A, B,C')
print([m.name for m in Comma])
Num = IntEnum('Num', 'X Y')
print(Num.Y + 1, repr(Num.X))
Fl = Flag('Fl', 'A B C')
print([m.value for m in Fl], repr(Fl.A | Fl.C))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')


print(Coordinate.PY, Coordinate(0), Coordinate.PX.label, Coordinate.PY.unit)


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Weekday(AutoNumber):
    MON = ()
    TUE = ()
    WED = ()


print(list(Weekday), Weekday(2))


class Described(Enum):
    LOW = (1, 'low priority')
    HIGH = (2, 'high priority')

    def __new__(cls, value, text):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.text = text
        return obj


print(Described(2), Described.LOW.text, Described.HIGH.value)


class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3


print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade))

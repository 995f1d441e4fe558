# enum: errors from lookup, redefinition, reassignment and extension.
from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def show(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Color(7))
show(lambda: Color('RED'))
show(lambda: Color['BLUE'])
show(lambda: Color[1])
show(lambda: setattr(Color, 'RED', 5))
show(lambda: delattr(Color, 'RED'))
show(lambda: setattr(Color.RED, 'value', 5))
show(lambda: setattr(Color.RED, 'name', 'x'))
show(lambda: Color.RED < Color.GREEN)
show(lambda: Color.YELLOW)
setattr(Color, 'extra', 5)
print(Color.extra, list(Color))


def dup():
    class Dup(Enum):
        A = 1
        A = 2


def dup_method():
    class Dup(Enum):
        A = 1

        def A(self):
            pass


def extend():
    class More(Color):
        BLUE = 3


def aliases():
    @unique
    class Al(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def sunder():
    class S(Enum):
        _bad_ = 1


def intval():
    class N(IntEnum):
        A = 'x'


for f in (dup, dup_method, extend, aliases, sunder, intval):
    show(f)


class Missing(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


show(lambda: Missing('a'))
show(lambda: Missing('c'))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


show(lambda: BadMissing(3))


class Unhashable(Enum):
    L = [1, 2]
    D = {'k': 1}


print(Unhashable([1, 2]), Unhashable({'k': 1}).name)
show(lambda: Unhashable([3]))

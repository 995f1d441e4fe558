# enum: member names that shadow name/value, _order_, flag aliases, boundaries, verify.
from enum import Enum, IntEnum, Flag, auto
class Field(Enum):
    name = 1
    value = 2
print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.value, list(Field))
print(list(Enum), len(Enum), Enum.__members__)
class E(Enum):
    A = 1
    B = 2
    _order_ = 'A B'
print(list(E))
class Pri(IntEnum):
    A = auto()
    B = auto()
print(Pri.A, Pri.B + 0, Pri(2))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(Perm.RWX, repr(Perm.RWX), list(Perm.RWX), Perm.R | Perm.W | Perm.X is Perm.RWX)
print(Perm.RWX & ~Perm.W, repr(~Perm.RWX))
print([p.name for p in Perm], Perm.__members__.keys())
class Planet(Enum):
    EARTH = 1
    @property
    def mass(self): return 5.97
print(Planet.EARTH.mass, Planet['EARTH'])
print(E.A.__hash__() == hash(E.A), E.A < E.B if False else '', E['A'] is E.A)
print(E.__qualname__, E.A.__class__.__mro__)
from enum import Flag, IntFlag, CONFORM, EJECT, KEEP, STRICT, auto, verify, UNIQUE, CONTINUOUS, Enum, FlagBoundary, member, nonmember
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(C(7)), repr(E(7)), type(E(7)).__name__, repr(K(7)), repr(K(4)))
print(C._boundary_, K._boundary_, FlagBoundary.STRICT, repr(STRICT))
@verify(UNIQUE)
class U(Enum):
    A = 1
    B = 2
print(list(U))
try:
    @verify(UNIQUE)
    class U2(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class U3(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
class M(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def f(): return 3
print(M.A, M.helper, M.f.value())

# enum: Flag and IntFlag members combine with |, &, ^ and ~.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.value, rw.name)
print(repr(Perm(7)), repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), bool(Perm.X))
print(list(rw), list(Perm), len(Perm), len(rw), len(Perm(0)))
print(Perm.R in rw, Perm.X in rw, (Perm.R | Perm.X) in rw, Perm(0) in rw)
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(rw ^ Perm.X))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~Perm(7)))
print(Perm(6) is rw, Perm(rw) is rw, Perm(4) is Perm.R, rw == Perm(6))
print(Perm.R | Perm.R is Perm.R)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, repr(Color.WHITE))
print(list(Color), list(Color.__members__), repr(Color.RED | Color.GREEN | Color.BLUE))
print(repr(Color(0)), repr(Color.NONE), list(Color.WHITE))
for bad in (8, 15, 'x'):
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)


class Open(IntFlag):
    R = 4
    W = 2
    X = 1


v = Open.R | Open.W
print(repr(v), str(v), format(v), f'{v:05b}', v + 1, v * 2, v == 6, isinstance(v, int))
print(repr(Open.R | 8), repr(Open(8)), repr(Open(0)), str(Open(12)), repr(Open(12)))
print(repr(Open.R & 4), repr(4 & Open.R), repr(1 | Open.R), repr(Open.R ^ 6), repr(~Open.R))
print(type(Open.R + 1).__name__, type(Open.R | 1).__name__, Open.R > Open.W, Open.X < 2)
print(list(Open(7)), Open.R in Open(7), {4: 'four'}[Open.R], hex(Open.R))
print(int(Open.W), Open.W.value, Open['X'], Open(5))


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


print([m.value for m in Bits], repr(Bits.A | Bits.D), repr(Bits.B | Bits.C | Bits.D))
print(sorted(m.name for m in Bits(15)), Bits(15) == (Bits.A | Bits.B | Bits.C | Bits.D))
try:
    Bits.A | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Bits.A
except TypeError as e:
    print(type(e).__name__, e)

# fractions.Fraction: construction, normal form, exact arithmetic, mixing with int, float and
# complex, comparisons, hashing, rounding and limit_denominator.
import copy
import math
import numbers
import sys
from fractions import Fraction as F

for s in ["3/4", " -1.5e3 ", "1_000/3", "1_0.5", ".5", "5.", "1e-2", "+7", "-0", "12E+2", "\t3/9\n"]:
    print(repr(s), repr(F(s)))
for s in ["3 /4", "1/-2", "0x10", "1__0", "_1", "inf", "nan", "1.5/2", "", " ", ".", "1e", "e5", "1/", "/2", "--1"]:
    try:
        print(repr(F(s)))
    except ValueError as e:
        print("ValueError", e)
for args in [(1.5,), (3, 6), (F(1, 2), F(3, 4)), (-4, -6), (4, -6), (True,), (0, 5), (F(3, 4),), (2**70, 2**68), (-0.0,)]:
    print(repr(F(*args)))
for bad in [(1.5, 2), ("1", 2), (None,), ([],), (1, 2.0), (float("nan"),), (float("inf"),)]:
    try:
        F(*bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [(1, 0), ("2/0",), (F(1, 2), 0)]:
    try:
        F(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b // a, b % a)
print(a + 1, 1 - a, 2 * a, a / 2, 3 // a, 7 % a, divmod(7, a), a ** 2, a ** -2, b ** 3, b ** -3, F(0) ** 0)
print(a + 0.5, 0.5 - a, a * 1.5, 1.5 / a, a // 0.1, a % 0.1, divmod(a, 0.25), a ** 0.5, 4 ** F(1, 2), 2 ** F(3), 2 ** F(-1), F(4, 9) ** F(1, 2))
print(a + 1j, 1j * a, a == 1 / 3, a == F(2, 6), F(2) == 2, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 2) != 1j)
print(a < b, a > b, a <= F(1, 3), b >= -2, a < 0.34, a > float("-inf"), a < float("inf"), a == float("nan"), a < float("nan"))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-7, 3)]), max(F(1, 2), 0.4), sum([F(1, 3)] * 3), 1.5 + F(1, 2))
print(str(F(4, 2)), str(F(-1, 3)), abs(F(-1, 3)), -F(1, 3), +F(1, 3), bool(F(0)), bool(F(1, 9)), float(F(1, 3)), int(F(-7, 2)))
print(F(1, 3).as_integer_ratio(), F(6, 4).numerator, F(6, 4).denominator, F.from_float(0.1), F.from_float(3), F(0.1))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), round(F(15, 10), 0))
print(math.floor(F(7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(7, 2)))
print(F(3, 7).limit_denominator(2), F(355, 113).limit_denominator(100), F("3.14159").limit_denominator(1000), F(1, 3).limit_denominator(5))
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1), F(-math.e).limit_denominator(1000))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(hash(F(1, 3)), hash(F(-1, 2)) == hash(-0.5), hash(F(2, 1)) == hash(2), hash(F(1, 3)) == hash(F(2, 6)))
print(hash(F(1, sys.hash_info.modulus)) == sys.hash_info.inf, hash(F(-1, 1)))
print({F(1, 2): "half"}[0.5], {0.5: "x", F(1, 2): "y"}, len({F(1), 1, 1.0, True}))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), isinstance(1, numbers.Rational), issubclass(F, numbers.Real))
print(copy.copy(F(1, 2)), copy.deepcopy(F(1, 3)), F(1, 2).__reduce__(), format(F(1, 3)), "%s" % F(2, 5), f"{F(3, 9)}")
try:
    format(F(1, 3), ".2f")
except TypeError as e:
    print("TypeError")
for bad in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: F(0) ** -1, lambda: a + "x", lambda: a < "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__)


class Sub(F):
    pass


s = Sub(3, 6)
print(repr(s), type(s + 1).__name__, type(copy.copy(s)).__name__, s == F(1, 2))

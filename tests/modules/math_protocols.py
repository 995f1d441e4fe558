# math: objects that stand for numbers: __float__, __index__, __floor__/__ceil__/__trunc__,
# subclasses of int and float, huge ints, and the module object itself.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


class Both:
    def __float__(self):
        return 0.5

    def __index__(self):
        return 9


class BadFloat:
    def __float__(self):
        return 1


class Rounder:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class MyFloat(float):
    pass


class MyInt(int):
    pass


class FloatFloat(float):
    def __float__(self):
        return 99.0


print(math.sqrt(F()), math.sqrt(I()), math.sqrt(Both()), math.exp(F()), math.isnan(F()))
print(math.floor(F()), math.ceil(F()), math.floor(I()), math.ceil(Both()))
print(math.floor(Rounder()), math.ceil(Rounder()), math.trunc(Rounder()))
print(math.sqrt(MyFloat(6.25)), math.floor(MyFloat(2.5)), math.trunc(MyFloat(-2.5)), math.ceil(MyFloat(0.1)))
print(math.sqrt(MyInt(49)), math.factorial(MyInt(5)), math.gcd(MyInt(12), 8), math.floor(MyInt(3)))
print(math.log(MyInt(10 ** 400)) == math.log(10 ** 400), math.isqrt(MyInt(50)), math.sqrt(FloatFloat(4.0)))
print(math.factorial(I()), math.gcd(I(), 21), math.lcm(I(), 3), math.comb(I(), 2), math.perm(I(), 2))
print(math.isqrt(I()), math.ldexp(F(), 2), math.ldexp(1.0, MyInt(3)), math.hypot(F(), I()))
print(math.fsum([F(), I(), 1]), math.dist([F()], [I()]), math.pow(F(), 2), math.atan2(I(), I()))
print(math.isclose(F(), 2.25), math.copysign(F(), -1), math.frexp(I()), math.modf(F()))
print(math.log(I()), math.log(F(), I()), math.log2(MyInt(8)), math.log10(MyFloat(100)))
print(math.prod([F(), 2]) if False else 'skip', math.prod([MyInt(3), MyFloat(1.5)]))
for expr in ['math.sqrt(BadFloat())', 'math.trunc(F())', 'math.trunc(I())', 'math.ldexp(1.0, I())',
             'math.factorial(F())', 'math.floor(BadFloat())', 'math.fsum([BadFloat()])']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

# Huge ints: the float functions overflow, the logarithms do not.
big = 10 ** 400
for expr in ['math.sqrt(big)', 'math.exp(big)', 'math.floor(big) == big', 'math.fabs(-big)',
             'math.isfinite(big)', 'math.hypot(big, 1)', 'math.fsum([big])', 'math.pow(big, 0)',
             'math.log(big)', 'math.log2(-big)', 'math.log(2 ** 1023 * 2)', 'math.log(big, 2)',
             'math.log1p(big)', 'math.isclose(big, 1)', 'math.trunc(-big) == -big',
             'math.gcd(big, 10 ** 399 * 3) == 10 ** 399', 'math.isqrt(big) == 10 ** 200']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

print(math.__name__, type(math).__name__, type(math.sqrt).__name__, math.sqrt.__name__)
print(repr(math.sqrt), repr(math.fsum), callable(math.isqrt))
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb',
         'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1',
         'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf',
         'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10',
         'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod', 'radians',
         'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']
print([n for n in names if not hasattr(math, n)])
from math import sqrt, pi as PI
print(sqrt(PI * PI) == PI)
import math as m2
print(m2 is math)

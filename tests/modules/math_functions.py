# math: the float functions on ordinary arguments (transcendental results rounded to 12 places,
# since libms may differ in the last bit), constants, and ints accepted as floats.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(math.inf))


def r(x):
    return round(x, 12)


for name in ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'expm1', 'erf',
             'erfc', 'cbrt', 'exp2', 'fabs']:
    f = getattr(math, name)
    print(name, [r(f(x)) for x in (-2.5, -1, -0.5, 0, 0.25, 1, 3)])
for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, [r(f(x)) for x in (-0.9, -0.5, 0, 0.3, 0.75)])
print('acosh', [r(math.acosh(x)) for x in (1, 1.5, 2, 10, 1e6)])
for name in ['log', 'log2', 'log10', 'log1p', 'sqrt']:
    f = getattr(math, name)
    print(name, [r(f(x)) for x in (0.5, 1, 2, 10, 12345.678, 1e100)])
print('lgamma', [r(math.lgamma(x)) for x in (0.5, 1, 2, 3, 4.5, -0.5, -2.5)])
print('gamma', [r(math.gamma(x)) for x in (0.5, 1.5, -0.5, -2.5, 3.7)])
print('gamma ints', [math.gamma(n) for n in range(1, 24)])
print('gamma big', abs(math.gamma(171.5) / 9.4833675668248e+307 - 1) < 1e-13)

# Exact results.
print(math.sqrt(0), math.sqrt(1), math.sqrt(144), math.sqrt(2.25), math.sqrt(1e100), math.sqrt(-0.0))
print(math.exp(0), math.log(1), math.log2(1024), math.log2(0.125), math.log10(1000), math.log10(1e-5))
print(math.exp2(10), math.exp2(-3), math.cbrt(-8), math.fabs(-3), math.fabs(-0.0), math.expm1(0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-0.5))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(1, 0))
print(math.atan2(-0.0, 0.0), math.atan2(0.0, 0.0), r(math.atan2(-3, -4)), math.atan2(5, 5))
print(math.copysign(3, -1), math.copysign(-2.5, 0.0), math.copysign(1, -0.0), math.copysign(4, 7))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(-8, 15), math.hypot(1, 2, 2), math.hypot(7))

# log with a base, and of ints of any size.
print(math.log(8, 2), math.log(100, 10), math.log(1, 7), math.log(2, 0.5), math.log(0.5, 0.25))
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log10(10 ** 500), math.log2(2 ** 2000))
print(math.log(2 ** 1024), math.log2(2 ** 1024 - 1), math.log(10 ** 400, 10 ** 300), math.log(True))
print(math.log10(3 ** 1000), math.log2(7 ** 2000), math.log(12345678901234567890123))

# Ints and bools stand for floats.
print(math.sqrt(True), math.exp(False), math.sqrt(10 ** 20), math.floor(7), math.cos(0))
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2), math.pow(-2, 3), math.pow(4, -0.5))
print(math.pow(1, 1e300), math.pow(-1, 4), math.pow(0, 0), math.pow(0.0, 2), math.pow(-0.0, 3))

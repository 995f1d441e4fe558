# math: infinities, NaNs, signed zeros and extremes through every function that handles them
# exactly: frexp, ldexp, modf, copysign, pow, fmod, remainder, atan2, nextafter, ulp, isclose.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.5, 2.0 ** -1074, 1.7976931348623157e308, inf, -inf, nan]
for x in vals:
    print(repr(x), math.frexp(x), math.modf(x), math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.frexp(10), math.frexp(-0.1), math.frexp(2 ** 60), math.frexp(True))
print(math.ldexp(0.5, 3), math.ldexp(-0.75, -2), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075))
print(math.ldexp(1, 1023), math.ldexp(3, -10 ** 30), math.ldexp(0.0, 10 ** 30), math.ldexp(inf, -5))
print(math.ldexp(nan, 2), math.ldexp(-0.0, 100), math.ldexp(2.0 ** -1074, 1074), math.ldexp(1.0, True))
print(math.ldexp(1.5, 2 ** 70 - 2 ** 70), math.ldexp(-inf, 10 ** 40))
print(math.copysign(1.0, -0.0), math.copysign(inf, -1), math.copysign(nan, 1) != nan, math.copysign(-0.0, 1))

print('pow', [math.pow(x, y) for x, y in [(inf, 2), (inf, -2), (-inf, 3), (-inf, -3), (-inf, 2),
                                          (-inf, 0.5), (2, inf), (0.5, inf), (2, -inf), (0.5, -inf),
                                          (-1, inf), (1, nan), (nan, 0), (-0.0, 3), (-0.0, 2),
                                          (0.0, inf), (-2, -inf), (-0.5, inf), (1, -inf), (0.0, 0.0)]])
print(math.isnan(math.pow(nan, 1)), math.isnan(math.pow(2, nan)), math.pow(-8, 1 / 3 * 3))
print('fmod', [math.fmod(x, y) for x, y in [(5, 3), (-5, 3), (5, -3), (5.5, 2), (-0.0, 1), (1, inf),
                                            (-1, -inf), (0.0, 5), (1e300, 3), (7, 7)]])
print(math.isnan(math.fmod(nan, 1)), math.isnan(math.fmod(1, nan)))
print('remainder', [math.remainder(x, y) for x, y in [(5, 3), (7, 2), (5, 2), (-5, 2), (3, inf),
                                                      (-0.0, 1), (1e300, 3), (2.5, 1), (3.5, 1)]])
print(math.isnan(math.remainder(nan, 1)), math.isnan(math.remainder(1, nan)),
      math.isnan(math.remainder(inf, nan)))
print('atan2', [round(math.atan2(y, x), 12) for y, x in [(inf, inf), (-inf, inf), (inf, -inf),
                                                          (-inf, -inf), (1, inf), (1, -inf), (-1, -inf),
                                                          (inf, 1), (0.0, -0.0), (-0.0, -0.0)]])
print(math.isnan(math.atan2(nan, 1)), math.isnan(math.atan2(1, nan)))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(0.0, -1))
print(math.nextafter(inf, 0), math.nextafter(1.7976931348623157e308, inf), math.nextafter(5, 5))
print(math.isnan(math.nextafter(nan, 1)), math.nextafter(-0.0, 0.0), math.nextafter(0.0, -0.0))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(2 ** 52), math.ulp(inf))
print(math.ulp(1.7976931348623157e308), math.isnan(math.ulp(nan)), math.ulp(2.0 ** -1074), math.ulp(10))
print(math.isclose(inf, inf), math.isclose(-inf, inf), math.isclose(nan, nan), math.isclose(inf, 1e308))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.00000001), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 95, rel_tol=0.05),
      math.isclose(100, 94, rel_tol=0.05), math.isclose(a=1, b=1.0), math.isclose(-0.0, 0.0))
print(math.isclose(1e-300, 2e-300, rel_tol=0.5, abs_tol=0), math.isclose(5, 6, abs_tol=1, rel_tol=0))

print('exp', math.exp(inf), math.exp(-inf), math.exp(-1000), math.isnan(math.exp(nan)))
print('log', math.log(inf), math.log2(inf), math.log10(inf), math.log1p(inf), math.isnan(math.log(nan)))
print('hyp', math.sinh(inf), math.sinh(-inf), math.cosh(-inf), math.tanh(inf), math.tanh(-inf))
print('inv', math.atan(inf), math.atan(-inf), math.asinh(-inf), math.acosh(inf), math.atanh(0.0))
print('sqrt', math.sqrt(inf), math.sqrt(-0.0), math.cbrt(-inf), math.erf(inf), math.erf(-inf),
      math.erfc(inf), math.erfc(-inf))
print('gamma', math.gamma(inf), math.lgamma(inf), math.lgamma(-inf), math.isnan(math.gamma(nan)),
      math.gamma(-1.5) < 3, math.lgamma(1), math.lgamma(2), math.gamma(1e-300) > 1e299)
print('misc', math.expm1(-inf), math.exp2(-inf), math.exp2(inf), math.fabs(-inf), math.degrees(inf))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e16 + 1), math.ceil(4.0000001))

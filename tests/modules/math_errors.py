# math: domain and range errors, wrong types and wrong argument counts, with CPython's classes
# and messages.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

inf = math.inf
nan = math.nan


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


for expr in [
    # Domain errors (ValueError) and range errors (OverflowError).
    'math.sqrt(-1)', 'math.sqrt(-inf)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)',
    'math.log(-inf)', 'math.log2(0)', 'math.log10(-5)', 'math.log1p(-1)', 'math.log1p(-2)',
    'math.log(-10 ** 400)', 'math.log(False)', 'math.log(10, 1)', 'math.log(1, 1)',
    'math.log(0, 10)', 'math.log(10, 0)', 'math.log(10, -2)',
    'math.asin(2)', 'math.acos(-1.5)', 'math.acosh(0)', 'math.atanh(1)', 'math.atanh(-1)',
    'math.atanh(2)', 'math.sin(inf)', 'math.cos(-inf)', 'math.tan(inf)',
    'math.exp(1000)', 'math.exp2(2000)', 'math.expm1(1000)', 'math.cosh(1000)', 'math.sinh(-1000)',
    'math.pow(0, -1)', 'math.pow(0.0, -2.5)', 'math.pow(-0.0, -1)', 'math.pow(-1, 0.5)',
    'math.pow(10, 400)', 'math.pow(-10, 401)', 'math.fmod(1, 0)', 'math.fmod(inf, 1)',
    'math.remainder(1, 0)', 'math.remainder(inf, 2)', 'math.gamma(0)', 'math.gamma(-1)',
    'math.gamma(-2.0)', 'math.gamma(-inf)', 'math.gamma(172)', 'math.gamma(200.5)',
    'math.lgamma(0)', 'math.lgamma(-3)', 'math.lgamma(1e308)',
    'math.ldexp(1.0, 10 ** 30)', 'math.ldexp(1.5, 2000)', 'math.ldexp(-1.0, 1024)',
    # Conversions.
    'math.sqrt(10 ** 400)', 'math.exp(-10 ** 400)', 'math.log1p(10 ** 400)', 'math.sqrt("x")',
    'math.sqrt(None)', 'math.sqrt(1j)', 'math.floor("x")', 'math.floor(1j)', 'math.floor(inf)',
    'math.ceil(-inf)', 'math.floor(nan)', 'math.trunc(nan)', 'math.trunc("x")', 'math.trunc(1j)',
    'math.log("a")', 'math.log(1, "a")', 'math.copysign(1, "a")', 'math.atan2("1", 2)',
    'math.nextafter(1, None)', 'math.isnan("nan")', 'math.isclose("a", 2)', 'math.hypot(3, "4")',
    'math.ldexp(1.0, 2.5)', 'math.ldexp(1.0, "2")', 'math.ldexp("1", 2)', 'math.frexp([])',
    # Argument counts and keywords.
    'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.sqrt(1, x=2)', 'math.floor()',
    'math.trunc(1, 2)', 'math.fsum()', 'math.isqrt()', 'math.factorial()', 'math.exp(x=0)',
    'math.pow(1)', 'math.pow(1, 2, 3)', 'math.pow(x=1, y=2)', 'math.atan2(1)', 'math.atan2(1, x=2)',
    'math.copysign(1)', 'math.fmod()', 'math.ldexp(1)', 'math.comb(1)', 'math.comb(n=1, k=2)',
    'math.perm()', 'math.perm(1, 2, 3)', 'math.perm(n=1)', 'math.dist(1)', 'math.nextafter(1)',
    'math.log()', 'math.log(1, 2, 3)', 'math.log(x=1)', 'math.hypot(x=1)', 'math.gcd(x=1)',
    'math.lcm(1, y=2)', 'math.remainder(1)', 'math.isclose()', 'math.isclose(1)',
    'math.isclose(1, 2, 3)', 'math.isclose(b=1)', 'math.isclose(1, a=2)', 'math.isclose(1, 2, a=3)',
    'math.isclose(1, 2, tol=3)', 'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, abs_tol=-0.1)',
    'math.isclose(1, 2, rel_tol="x")', 'math.prod()', 'math.prod([1], [2])', 'math.prod(iterable=[1])',
    'math.prod([1], start=2, foo=3)', 'math.prod([1], foo=3)', 'math.prod(3)',
    'math.fsum(3)', 'math.fsum(["a"])', 'math.dist(3, 4)', 'math.dist([1], [1, 2])',
    'math.dist(("a",), (1,))',
    'math.nosuchfunction',
]:
    show(expr)

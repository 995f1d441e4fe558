# cmath: constants, predicates, isclose, argument conversion (__complex__, __float__,
# __index__, subclasses), and the errors CPython raises for bad values, types and counts.
try:
    import cmath
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau, cmath.__name__)

inf, nan = math.inf, math.nan
for z in [0j, 1 + 2j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(1, nan),
          complex(inf, nan), 5, 2.5, True, 10 ** 20]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1 + 1j, 1 + 1.0000000001j),
      cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan), cmath.isclose(a=1, b=1j))
print(cmath.isclose(3 + 4j, 3 + 4.0000001j, rel_tol=1e-7), cmath.isclose(2, 2.0 + 0j))


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 3


class BadComplex:
    def __complex__(self):
        return 1


class MyComplex(complex):
    pass


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(MyComplex(0, 0)))
print(cmath.phase(C()), cmath.polar(MyComplex(3, 4)), cmath.rect(F(), I()).real == 2 * math.cos(3))
print(cmath.isclose(C(), 1 + 2j), cmath.log(I(), F()) == cmath.log(3, 2), cmath.isnan(MyComplex(nan, 0)))


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


for expr in [
    'cmath.log(0)', 'cmath.log(0j)', 'cmath.log(complex(-0.0, -0.0))', 'cmath.log10(0)',
    'cmath.log(1, 0)', 'cmath.log(2, 1)', 'cmath.log(0, 2)', 'cmath.atanh(1)', 'cmath.atanh(-1)',
    'cmath.atan(1j)', 'cmath.atan(-1j)', 'cmath.exp(1000)', 'cmath.exp(complex(1000, 1))',
    'cmath.exp(complex(710, 0.5))', 'cmath.cosh(1000)', 'cmath.sinh(-1000)', 'cmath.cos(1000j)',
    'cmath.sin(complex(1, 1000))', 'cmath.polar(complex(1.7e308, 1.7e308))', 'cmath.sqrt(10 ** 400)',
    'cmath.log(10 ** 400)', 'cmath.rect(10 ** 400, 0)', 'cmath.rect(inf, inf)', 'cmath.rect(1, inf)',
    'cmath.sin(complex(inf, 0))', 'cmath.exp(complex(1, 1e308))', 'cmath.tan(1000j)',
    'cmath.tanh(-1000)', 'cmath.acosh(0)', 'cmath.asin(2)', 'cmath.acos(-2)',
    'cmath.sqrt("x")', 'cmath.sqrt(None)', 'cmath.sqrt(BadComplex())', 'cmath.phase("a")',
    'cmath.rect(1, "a")', 'cmath.rect(1j, 1)', 'cmath.isclose("a", 1)', 'cmath.isinf([])',
    'cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt(z=1)', 'cmath.exp(1, x=2)', 'cmath.phase(1, 2)',
    'cmath.polar()', 'cmath.rect(1)', 'cmath.rect(1, 2, 3)', 'cmath.rect(r=1, phi=2)', 'cmath.log()',
    'cmath.log(1, 2, 3)', 'cmath.log(x=1)', 'cmath.isnan()', 'cmath.isclose(1)',
    'cmath.isclose(1, 2, 3)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.isclose(1, 2, abs_tol=-1)',
    'cmath.isclose(1, 2, foo=1)', 'cmath.isclose(1, 2, b=2)', 'cmath.fsum',
]:
    show(expr)

# cmath: the elementary functions at ordinary points in every quadrant, on both sides of the
# branch cuts (signed zeros), near 1 and at the ends of the double range.
try:
    import cmath
except ImportError:
    print('SKIP')
    raise SystemExit

pts = [0.5 + 0.25j, -0.5 + 0.25j, 0.5 - 0.25j, -0.5 - 0.25j, 2 + 3j, -2 + 3j, 2 - 3j, -2 - 3j,
       1 + 0j, -1 + 0j, 1j, -1j, 3 + 0j, -3 + 0j, 3j, -3j, 0.1 + 0.1j, 1e-5 + 2j, 100 + 0.5j,
       -0.001 - 40j, 0.7 + 0.7j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-2, -0.0),
       complex(-2, 0.0), complex(2, -0.0), complex(0.9999, 0.0001), complex(1.0, 1e-160),
       complex(1e-310, 1e-310), complex(1e300, 1e300), complex(-1e200, 3), complex(1e-200, -1e-200),
       complex(-1e308, -1e308), complex(5e307, 1)]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos',
         'atan', 'asinh', 'acosh', 'atanh']


def r(z):
    return complex(round(z.real, 12), round(z.imag, 12))


for name in names:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            w = f(z)
            out.append(repr(w) if abs(w) > 1e6 or abs(w) < 1e-6 else repr(r(w)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

# Exact results.
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j))
print(cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(0j), cmath.sqrt(complex(0, -0.0)), cmath.sqrt(2j))
print(cmath.exp(0), cmath.exp(complex(0, -0.0)), cmath.log(1), cmath.log(-1), cmath.log(complex(-1, -0.0)))
print(cmath.log(1j), cmath.log10(100), cmath.log10(-100), cmath.log(8, 2), cmath.log(1j, 1j))
print(cmath.log(-8, 2), cmath.log(100, 10j), cmath.log(2 + 2j, 2 - 2j), cmath.log(10, 1j))
print(cmath.sin(0), cmath.cos(0), cmath.tan(0), cmath.sinh(0), cmath.cosh(0), cmath.tanh(0))
print(cmath.asin(0), cmath.acos(1), cmath.atan(0), cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
print(cmath.asin(-0.0), cmath.atan(complex(-0.0, 0)), cmath.tanh(-0.0), cmath.sinh(complex(0, -0.0)))
print(cmath.phase(1), cmath.phase(-1), cmath.phase(1j), cmath.phase(-1j), cmath.phase(complex(-1, -0.0)))
print(cmath.phase(-0.0), cmath.phase(0j), cmath.phase(complex(-0.0, -0.0)), cmath.phase(3 + 4j))
print(cmath.polar(1), cmath.polar(-2), cmath.polar(3 + 4j), cmath.polar(-1j), cmath.polar(0j))
print(cmath.rect(1, 0), cmath.rect(2, cmath.pi / 2).real < 1e-15, cmath.rect(-1, 0), cmath.rect(0, 1))
print(r(cmath.rect(2, 1)), r(cmath.rect(3, -2.5)), cmath.rect(1e308, 1e308), cmath.rect(1.5, -0.0))
print(cmath.polar(1e308 + 1e308j), cmath.rect(*cmath.polar(-3 + 0j)))

# Identities that hold to rounding.
for z in [0.3 + 0.4j, -2 + 1j, 5 - 7j, -0.5 - 0.5j]:
    checks = [cmath.exp(cmath.log(z)), cmath.sin(cmath.asin(z)), cmath.cos(cmath.acos(z)),
              cmath.tan(cmath.atan(z)), cmath.sinh(cmath.asinh(z)), cmath.cosh(cmath.acosh(z)),
              cmath.tanh(cmath.atanh(z)), cmath.sqrt(z) ** 2, cmath.rect(*cmath.polar(z))]
    print([cmath.isclose(w, z, rel_tol=1e-12) for w in checks])

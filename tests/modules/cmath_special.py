# cmath: infinities and signed zeros through every function; NaN arguments give NaN results
# (CPython's exact special-value tables for NaNs are not reproduced, so only isnan is shown).
try:
    import cmath
except ImportError:
    print('SKIP')
    raise SystemExit

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -2.5, inf, -inf]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos',
         'atan', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in vals:
        for y in vals:
            if not (abs(x) == inf or abs(y) == inf or name in ('log', 'log10', 'atanh', 'atan')):
                continue
            try:
                w = f(complex(x, y))
                out.append(repr(complex(round(w.real, 12), round(w.imag, 12))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in names:
    f = getattr(cmath, name)
    print(name, [cmath.isnan(f(z)) for z in [complex(nan, 0), complex(0, nan), complex(nan, nan),
                                              complex(1, nan), complex(nan, -2)]])
for x in vals + [nan]:
    out = []
    for y in vals:
        try:
            out.append(repr(cmath.rect(x, y)))
        except ValueError as e:
            out.append(type(e).__name__)
    print('rect', x, ' '.join(out))
print([cmath.polar(complex(x, y)) for x in (inf, -inf, 0.0) for y in (inf, -0.0)])
print([cmath.phase(complex(x, y)) for x in (inf, -inf, 0.0, -0.0) for y in (inf, -inf, 0.0, -0.0)])
print(cmath.isnan(cmath.rect(nan, 1)), cmath.isnan(cmath.rect(1, nan)), cmath.rect(0.0, nan),
      cmath.rect(inf, nan).real)

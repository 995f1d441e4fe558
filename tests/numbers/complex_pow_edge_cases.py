# complex ** complex as CPython computes it: signed zeros of integral powers, and its
# ZeroDivisionError / OverflowError for domain errors and infinite results.
inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.5, inf, -inf, nan, 1j, -1j, 1 + 1j, complex(inf, 0),
        complex(0, inf), complex(inf, inf), complex(nan, 1), 1e300, 1e-300, complex(1e300, 1e300)]
for a in vals:
    for b in vals:
        try:
            s = repr(complex(a) ** complex(b))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            s = type(e).__name__ + ': ' + str(e)
        print(repr(a), repr(b), s)
for base, e in [(0j, -1), (0j, 2), (-0.0, 1), (complex(-0.0, -0.0), 3), (1 + 2j, 101), (1e200j, 2),
                (2 + 0j, -101), (-8.0, 1 / 3), (-1e300, 0.5)]:
    try:
        print(base, e, base ** e)
    except (ZeroDivisionError, OverflowError) as err:
        print(base, e, type(err).__name__, err)

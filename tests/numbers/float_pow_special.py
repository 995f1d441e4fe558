# float ** float at zeros, infinities and NaN: 0.0 ** -inf is inf and (-inf) ** 0.5 is inf (not a
# complex result or an error), as CPython's float_pow has it. Found by fuzz/difftest.

inf = float('inf'); nan = float('nan')
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, inf, -inf, nan]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a ** b))
        except Exception as e:
            row.append(type(e).__name__)
    print(a, row)
for a in (0, 1, -1, 2, -2):
    for b in (inf, -inf, nan):
        try:
            print(a, b, a ** b, pow(a, b))
        except Exception as e:
            print(a, b, type(e).__name__)

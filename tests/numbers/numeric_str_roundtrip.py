vals = [0, -0.0, 1.0, -2.5, 1e-320, 3.0e300, 0.1, 7 / 3, 2 ** 0.5, 1e23, 5e-324, 123.456e-7, 9.999999999999999e22]
for v in vals:
    s = repr(v)
    print(s, float(s) == v or (v != v), eval(s) == v)
for i in [0, 1, -1, 2 ** 100, -(3 ** 70)]:
    print(int(str(i)) == i, int(repr(i)) == i, eval(repr(i)) == i)
for c in [1j, -1 - 1j, 1.5 + 2.25j, complex(1e300, -1e-300)]:
    print(repr(c), complex(repr(c)) == c, eval(repr(c)) == c)

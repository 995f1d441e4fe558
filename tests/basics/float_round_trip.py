# repr of a float parses back to the same float
vals = [0.1, 1 / 3, 2 / 7, 1e-7, 123.456, 6.02214076e23, 1.602176634e-19, 0.1 + 0.2, 1e16 / 3,
        299792458.0, 2.718281828459045, 3.141592653589793, 1e308, 1e-308, 4.9e-324]
ok = 0
for v in vals:
    s = repr(v)
    if float(s) == v:
        ok += 1
    print(s)
print(ok, len(vals))
print(str(1 / 3) == repr(1 / 3))
print(float(str(2 / 3)) == 2 / 3)

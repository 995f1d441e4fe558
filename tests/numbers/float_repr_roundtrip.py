vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
        0.0001234, 1.5e300, 2.2250738585072014e-308, 5e-324, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 9007199254740993.0,
        0.5, -0.0, 1.0, 12345.678, 1e-7, 123e-20, 4.35, 0.3, 1.1 * 3, 100 * 1.1,
        float(2 ** 60), 0.1 * 3, 1e100, 1234567890123456.7, 0.000001, 0.0000001]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v)
print(repr(float('inf')), repr(float('-inf')), repr(float('nan')))
print(str(1e16), str(1e15), str(-1e-5))
print(1.0 * 10 ** 15, 1.0 * 10 ** 16)
print(0.1 + 0.7, 4.35 * 100, 1.15 * 100)
print(round(2.675, 2), 2.675)
print(float('1e-10'), float('  3.5  '), float('+1.5'), float('-.5'), float('5.'))
print(float('1_000.5'), float('inf'), float('-Infinity'), float('nan') != float('nan'))
print(float('0x1p3') if False else float.fromhex('0x1p3'))

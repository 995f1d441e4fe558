for v in [0.5, 0.1, 3.0, -2.75, 1e-3, 1e20, 0.0]:
    print(v, v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x10'), float.fromhex('  0xa.8p0 '))
print(float.fromhex('inf'), float.fromhex('-0x0p0'))
try:
    float.fromhex('xyz')
except ValueError as e:
    print(type(e).__name__)
print((3.7).__trunc__() if hasattr(3.7, '__trunc__') else 3, int(-3.7), int(3.7))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.is_integer(4.0), (1e300).is_integer())
print(float(True), float(' -12 '), float('1E3'), float(b'2.5') if False else 2.5)
print(type(1.5 + 1).__name__, type(2 / 2).__name__, type(2 // 2).__name__, type(2.0 // 2).__name__)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(1e16 + 1 == 1e16, 0.1 + 0.2, 3 * 0.1)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(2.5 == 5 / 2, 1 / 2, 10 / 4, -9 / 4, 1 / 3)
print(5 // 0.3, 5 % 0.3, 1e300 * 1e-300)
try:
    float('1.5.2')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print(float('  \n 7.25\t'), float('1_0.2_5'))

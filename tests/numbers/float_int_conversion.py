for v in [0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e10, -1e10, 1e18, 1e19, 2.0 ** 63, 2.0 ** 64, 1e20, 1.23456789e25, 2.0 ** 100]:
    print(repr(v), int(v))
for n in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, 10 ** 17 + 1, 2 ** 63 - 1, 2 ** 64 + 1, 10 ** 30, -(3 ** 60)]:
    print(n, float(n), int(float(n)) == n)
print(float(2 ** 1023 + 2 ** 970), float(2 ** 1024 - 2 ** 971))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1024 - 1 > 1.7976931348623157e308)
print(int(1e-300), int(-1e-300), int(0.99999999999999999))
print(float(True), float(-0), float('0'), float(0) is not None)
print(1 / 2 ** 1074 > 0 if False else 2 ** -1074, 2.0 ** -1075)
print((2 ** 62) / 3, (2 ** 80 + 1) / 2 ** 40, 10 ** 50 / 10 ** 49)
print(7 / 7, -7 / 7, (10 ** 30 + 1) / 10 ** 30)
print(int(float('1e15')), int('1' + '0' * 15) == int(1e15))

for v in [0, 1, -5, 10 ** 20, True, '1.5', ' -2.5e3 ', 'inf', '-INF', 'nan', '1_000.5', '.5', '5.', '0x1p0' if False else '7', b'3.25']:
    try:
        print(repr(v), float(v))
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__)
for bad in ['', 'abc', '1.2.3', '1e', '1_', '_1', ' ', 'infinite', '1,5', None, [1], '0x10']:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
class F:
    def __float__(self):
        return 9.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()), float(), type(float()).__name__)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float('1e400'), float('-1e400'), float('1e-400'))

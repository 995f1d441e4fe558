# struct: the e (half), f and d codes: rounding, specials, overflow and conversions.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

inf = float('inf')
nan = float('nan')

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class BadF:
    def __float__(self):
        raise KeyError('inside __float__')

def show(fmt, v):
    try:
        b = struct.pack(fmt, v)
        print(fmt, repr(v)[:24], b, struct.unpack(fmt, b)[0])
    except Exception as e:
        print(fmt, repr(v)[:24], type(e).__name__, e)

specials = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, inf, -inf, nan, 1e-300, 1e300,
            3.4028235e38, 3.4028236e38, -3.4028236e38, 3.40282357e38, 1.17549435e-38, 1e-45,
            1e-46, 65504.0, 65519.0, 65520.0, 70000.0, 6.1e-5, 2**-24, 2**-25, 3 * 2**-25,
            2**-25 * 1.0001, 2**-26, 1e-30, 0.5 + 2**-12, 1 + 2**-11, 1 + 3 * 2**-11, 2048.5,
            3, True, 2**70, 2**200, 2**1100, I(), F(), BadF(), 'x', None, b'1']
for code in 'efd':
    for order in '@<>':
        for v in specials:
            show(order + code, v)

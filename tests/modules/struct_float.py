# struct: the e (half), f and d codes: rounding, specials, overflow and conversions.
import struct

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
# Half floats decoded from every exponent, with subnormals, infinities and NaNs.
for h in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0x7c00, 0xfc00, 0x7e00,
          0x7c01, 0xfe00, 0x8001, 0xc000, 0x3555]:
    print(hex(h), struct.unpack('>e', h.to_bytes(2, 'big'))[0])
print(struct.pack('>e', -nan), struct.pack('>f', -nan), struct.pack('>d', -nan))
print(struct.unpack('<f', b'\x01\x00\x80\x7f')[0] != struct.unpack('<f', b'\x01\x00\x80\x7f')[0])
print(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)
print(struct.unpack('<f', struct.pack('<f', 0.1))[0])
# Round trip of every 16-bit pattern that is not a NaN.
ok = True
for h in range(65536):
    b = h.to_bytes(2, 'little')
    x = struct.unpack('<e', b)[0]
    if x == x and struct.pack('<e', x) != b:
        ok = False
print('half round trip', ok)

# struct: the half-float code e: decoding every kind of 16-bit pattern, NaN signs, and round
# trips.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

nan = float('nan')

# Half floats decoded from every exponent, with subnormals, infinities and NaNs.
for h in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0x7c00, 0xfc00, 0x7e00,
          0x7c01, 0xfe00, 0x8001, 0xc000, 0x3555]:
    print(hex(h), struct.unpack('>e', h.to_bytes(2, 'big'))[0])
print(struct.pack('>e', -nan), struct.pack('>f', -nan), struct.pack('>d', -nan))
print(struct.unpack('<f', b'\x01\x00\x80\x7f')[0] != struct.unpack('<f', b'\x01\x00\x80\x7f')[0])
print(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)
print(struct.unpack('<f', struct.pack('<f', 0.1))[0])
# Round trip of 16-bit patterns that are not NaNs (every 97th, and the edges of each range).
ok = True
for h in list(range(0, 65536, 97)) + [1, 0x3ff, 0x400, 0x7bff, 0x8001, 0x83ff, 0x8400, 0xfbff]:
    b = h.to_bytes(2, 'little')
    x = struct.unpack('<e', b)[0]
    if x == x and struct.pack('<e', x) != b:
        ok = False
print('half round trip', ok)

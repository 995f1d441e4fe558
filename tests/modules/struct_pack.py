# struct: pack and unpack of every integer code in every byte order, with repeat counts.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

for order in '<>!=':
    for code, values in [('b', [0, 1, -1, 127, -128]), ('B', [0, 1, 200, 255]),
                         ('h', [0, 1, -1, 32767, -32768, 0x1234]),
                         ('H', [0, 1, 65535, 0x1234]),
                         ('i', [0, -1, 2**31 - 1, -2**31, 0x12345678]),
                         ('I', [0, 2**32 - 1, 0x12345678]),
                         ('l', [0, -1, 2**31 - 1, -2**31]), ('L', [0, 2**32 - 1]),
                         ('q', [0, -1, 2**63 - 1, -2**63, 0x123456789abcdef0]),
                         ('Q', [0, 2**64 - 1, 2**63, 0x123456789abcdef0])]:
        fmt = order + code
        for v in values:
            b = struct.pack(fmt, v)
            print(fmt, v, b, struct.unpack(fmt, b))

# Native: the sizes of this x86-64 host.
for code in 'bBhHiIlLqQnNP':
    fmt = '@' + code
    for v in [0, 1, 100]:
        b = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), b, struct.unpack(fmt, b))
print(struct.pack('n', -5), struct.unpack('n', struct.pack('n', -5)))
print(struct.pack('N', 2**64 - 1), struct.pack('P', -1), struct.pack('P', 2**64 - 1))
print(struct.unpack('P', b'\xff' * 8), struct.unpack('n', b'\xff' * 8))

# bool and __index__ for integer codes.
class Idx:
    def __index__(self):
        return 7
class MyInt(int):
    pass
print(struct.pack('<bhiq', True, False, Idx(), MyInt(9)))
print(struct.pack('>HIQ', Idx(), MyInt(3), True))

# Repeat counts and several values.
print(struct.pack('<3h2B', 1, 2, 3, 4, 5))
print(struct.unpack('<3h2B', b'\x01\x00\x02\x00\x03\x00\x04\x05'))
print(struct.pack('>0i'), struct.unpack('>0i', b''))
print(struct.pack('<2x h 3x', 7))
print(struct.pack('> i i\t\nh', 1, 2, 3))

# ? and c.
print(struct.pack('???', 0, 'x', []), struct.unpack('???', b'\x00\x01\x02'))
print(struct.pack('<?', 5), struct.pack('@?', None))
print(struct.pack('3c', b'a', b'b', b'\xff'), struct.unpack('3c', b'xyz'))
class MyBytes(bytes):
    pass
print(struct.pack('c', MyBytes(b'q')))

# s and p.
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('s', b''))
print(struct.pack('0s', b'abc'), struct.pack('3s', bytearray(b'xy')))
print(struct.unpack('5s', b'ab\x00cd'), struct.unpack('0s', b''))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'))
print(struct.pack('0p', b'abc'))
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\x09ab'), struct.unpack('1p', b'\x05'))
big = struct.pack('300p', b'x' * 290)
print(len(big), big[0], big[1:3], big[-12:])
big = struct.pack('300p', b'y' * 1000)
print(len(big), big[0], struct.unpack('300p', big)[0] == b'y' * 255)

# bytes formats work like str ones.
print(struct.pack(b'<hh', 1, 2), struct.unpack(b'>h', b'\x00\x05'), struct.calcsize(b'q'))

# struct: unpack, unpack_from, pack_into and iter_unpack over bytes, bytearray and memoryview,
# with their offset rules and error messages.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

data = b'\x01\x00\x00\x00\x02\x00\x00\x00'
for buf in [data, bytearray(data), memoryview(data), memoryview(bytearray(data))]:
    print(type(buf).__name__, struct.unpack('<2i', buf), struct.unpack_from('<i', buf, 4))
t(struct.unpack, 'i', b'123')
t(struct.unpack, 'i', b'12345')
t(struct.unpack, '', b'')
t(struct.unpack, '', b'1')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', 5)
t(struct.unpack, 'i', [1, 2, 3, 4])
t(struct.unpack, 'i')
t(struct.unpack, 'Z', b'')
t(struct.unpack, '>5s', memoryview(b'xxhelloxx')[2:7])

b = b'12345678'
for off in [0, 2, 4, 5, 8, 9, 100, -1, -4, -8, -9, -100]:
    print(off, end=' ')
    t(struct.unpack_from, '<i', b, off)
t(struct.unpack_from, '<i', b, offset=4)
t(struct.unpack_from, '<i', buffer=b, offset=2)
t(struct.unpack_from, '<i', buffer=b)
t(struct.unpack_from, '<i', b'123')
t(struct.unpack_from, '<i', b, 1.0)
t(struct.unpack_from, '<i', b, 2**70)
t(struct.unpack_from, '<i', b, -2**70)
t(struct.unpack_from, '<i', b, off=1)
t(struct.unpack_from, '<i')
t(struct.unpack_from, '0i', b'', 0)
t(struct.unpack_from, '0i', b'', 1)
t(struct.unpack_from, '0i', b'', -1)
t(struct.unpack_from, '', b'abc', 3)
t(struct.unpack_from, '', b'abc', 4)
t(struct.unpack_from, '', b'abc', -3)
t(struct.unpack_from, '', b'abc', -4)
t(struct.unpack_from, '200s', bytearray(8), -100)
t(struct.unpack_from, 'i', 'abcdefgh')
t(struct.unpack_from, 'i', None)

ba = bytearray(8)
for off in [0, 4, 5, 8, 9, -4, -2, -8, -9, -100]:
    print(off, end=' ')
    t(struct.pack_into, '<i', ba, off, off + 1000)
    print(ba)
t(struct.pack_into, 'i', ba, 0)
t(struct.pack_into, 'i', ba, 0, 1, 2)
t(struct.pack_into, 'ii', ba, 0, 5, 'x')
print(ba)
t(struct.pack_into, 'i', ba, 1.0, 2)
t(struct.pack_into, 'i', ba, 2**70, 2)
t(struct.pack_into, 'i', ba, -2**70, 2)
t(struct.pack_into, 'i', ba)
t(struct.pack_into, 'i')
t(struct.pack_into)
t(struct.pack_into, 'i', b'12345678', 0, 1)
t(struct.pack_into, 'i', memoryview(b'12345678'), 0, 1)
t(struct.pack_into, 'i', 'abcdefgh', 0, 1)
t(struct.pack_into, 'i', None, 0, 1)
t(struct.pack_into, '', bytearray(), 0)
t(struct.pack_into, '', bytearray(), 1)
t(struct.pack_into, '', bytearray(), -1)
t(struct.pack_into, '', bytearray(3), 3)
t(struct.pack_into, '200s', bytearray(8), -100, b'')
m = memoryview(bytearray(8))
t(struct.pack_into, '>i', m, 2, 0x01020304)
print(m.tobytes())
t(struct.pack_into, '>i', m[::2], 0, 1)
big = bytearray(100)
struct.pack_into('<50s2q', big, 3, b'hello', -1, 2)
print(big[:10], big[-50:-30], struct.unpack_from('<50s2q', big, 3)[1:])

# pack_into packs aside: an __index__ that resizes the target cannot break it (CPython
# refuses the resize instead).
class Grow:
    def __index__(self):
        target.extend(b'!' * 100)
        return 9
class Shrink:
    def __index__(self):
        del target[:]
        return 9
for cls, n, off in [(Grow, 4, 0), (Shrink, 8, 4)]:
    target = bytearray(n)
    try:
        struct.pack_into('<i', target, off, cls())
    except BufferError:
        pass
    print('survived', cls.__name__)

# pack and its argument counts.
t(struct.pack, 'i')
t(struct.pack, 'ii', 1)
t(struct.pack, 'ii', 1, 2, 3)
t(struct.pack, 'x', 1)
t(struct.pack, '3s', 1, 2)
t(struct.pack, '2c', b'a')
t(struct.pack)
t(struct.pack, 5)
t(struct.pack, 'Z', 5)
t(struct.pack, 'ii', 1, 'x')

# iter_unpack.
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, '0i', b'')
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, 'i', 'abcd')
t(struct.iter_unpack, '', 5)
t(struct.iter_unpack, 'i', 5)
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
t(next, it)
print(iter(it) is it, list(struct.iter_unpack('<h', b'')))
print(list(struct.iter_unpack('<hb', bytearray(b'\x01\x00\x02\x03\x00\x04'))))
print(list(struct.iter_unpack('>I', memoryview(b'\x00\x00\x00\x01\x00\x00\x00\x02'))))
grow = bytearray(b'\x01\x02')
it = struct.iter_unpack('BB', grow)
print(next(it))
try:
    del grow[:]
    print(list(it))
except BufferError:
    print([])

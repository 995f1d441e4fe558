# binascii: crc32 (with a running value) and crc_hqx, the exception classes, and the names.
try:
    import binascii
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog',
             bytes(range(256)), bytearray(b'hello'), memoryview(b'hello')]:
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
crc = 0
for part in [b'The quick ', b'brown fox ', b'jumps over the lazy dog']:
    crc = binascii.crc32(part, crc)
print(crc == binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
crc = 0
for part in [b'123', b'456789']:
    crc = binascii.crc_hqx(part, crc)
print(crc, binascii.crc_hqx(b'123456789', 0))
for value in [0, 1, 12345, -1, -2**31, 2**32 - 1, 2**32, 2**40, 2**100, -2**100, True]:
    print(value, binascii.crc32(b'hello', value), binascii.crc_hqx(b'hello', value))
t(binascii.crc32, 'x')
t(binascii.crc32, b'x', 1.5)
t(binascii.crc32)
t(binascii.crc_hqx, b'hello')
t(binascii.crc_hqx, 'x', 0)
t(binascii.crc_hqx, b'x', None)

print(binascii.Error, binascii.Error.__mro__)
print(binascii.Incomplete, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__qualname__)
e = binascii.Error('x')
print(e, repr(e), e.args, isinstance(e, ValueError))
try:
    binascii.a2b_hex(b'1')
except binascii.Error as e:
    print(type(e).__name__, e)
class Mine(binascii.Incomplete):
    pass
try:
    raise Mine('more')
except binascii.Incomplete as e:
    print(type(e).__name__, e)
print(binascii.__name__)
print([n for n in sorted(dir(binascii)) if n[0] != '_'])

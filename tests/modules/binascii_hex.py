# binascii: hexlify/b2a_hex with sep and bytes_per_sep, unhexlify/a2b_hex and their errors.
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

t(binascii.hexlify, b'\x01\xab\xff\x00')
t(binascii.hexlify, bytearray(b'\x01\xab'))
t(binascii.hexlify, memoryview(b'xx\x01\xab')[2:])
t(binascii.hexlify, b'')
t(binascii.b2a_hex, bytes(range(20)))
t(binascii.hexlify, 'ab')
t(binascii.hexlify, 5)
t(binascii.hexlify)
t(binascii.hexlify, data=b'abc')
for sep in ['-', b'-', ':', ' ']:
    t(binascii.hexlify, b'abcdef', sep)
for per in [1, 2, 3, 4, 6, 7, 100, 0, -1, -2, -3, -4, -100, True, 2**31 - 1, -2**31]:
    print(per, end=' ')
    t(binascii.hexlify, b'abcdefg', ':', per)
t(binascii.hexlify, b'abcdefg', sep=':', bytes_per_sep=3)
t(binascii.b2a_hex, b'abcdefg', sep=b'_', bytes_per_sep=-3)
t(binascii.hexlify, b'', ':', 2)
t(binascii.hexlify, b'a', sep=':', bytes_per_sep=-1)
t(binascii.hexlify, b'abcdef', bytes_per_sep=2)
t(binascii.hexlify, b'abcdef', '::', 2)
t(binascii.hexlify, b'abcdef', '', 2)
t(binascii.hexlify, b'abcdef', b'', 2)
t(binascii.hexlify, b'abcdef', 5, 2)
t(binascii.hexlify, b'abcdef', None, 2)
t(binascii.hexlify, b'abcdef', bytearray(b'+'), 2)
t(binascii.hexlify, b'abcdef', memoryview(b'+'))
t(binascii.hexlify, b'abcdef', ['+'])
t(binascii.hexlify, b'abcdef', '\u0100', 2)
t(binascii.hexlify, b'abc', ':', 2**31)
t(binascii.hexlify, b'abc', ':', -2**31 - 1)
t(binascii.hexlify, b'abc', ':', 2**70)
t(binascii.hexlify, b'abc', ':', 1.5)
t(binascii.hexlify, b'abc', ':', 1, 2)

for s in [b'01ab', '01AB', 'deadBEEF', bytearray(b'01ab'), memoryview(b'01ab'), b'', '',
          b'01a', b'01ag', b'0 1a', b'0g1', 'é1', 'éé', 5, None, b'\xff\xff', 'zz']:
    print(type(s).__name__, repr(s)[:12] if type(s) is not memoryview else '', end=' ')
    t(binascii.unhexlify, s)
t(binascii.a2b_hex, b'7e7F')
t(binascii.a2b_hex, b'zz')
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.a2b_hex(binascii.b2a_hex(data, ' ', 4).replace(b' ', b'')) == data)
try:
    binascii.unhexlify('a')
except ValueError as e:
    print('ValueError caught', type(e).__name__, isinstance(e, binascii.Error))

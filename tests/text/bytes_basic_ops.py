b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b'!', b * 2, 2 * b'ab', b'x' * 0, b'' == bytes(), b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc')
print(b'o' in b, 111 in b, b'xyz' in b, b'' in b)
try:
    'o' in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes(b'copy'), bytes((1, 255)))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(b'abc'), [x for x in b'\x00\xff'], sum(b'\x01\x02'), max(b'az'))
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\\'"', b"'", b'"', b'\'"')
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'))
print(hash(b'abc') == hash(b'abc'), b'abc' == 'abc', b'abc' != 'abc')
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), b'\xde\xad'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2))
try:
    bytes.fromhex('xyz')
except ValueError as e:
    print(type(e).__name__)
print(b'%d-%s' % (5, b'x'), b'ab'.__len__(), bytes.__name__)
print(sorted([b'b', b'a', b'ab']), max([b'x', b'xy']), b'a' * 3 == b'aaa')

# bytes: literals, construction, indexing, slicing, operators
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[5:], b[10:])
print(list(b), [x for x in b'ab'], tuple(b'\x01\x02'))
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'' * 5, b'ab' * -1)
print(b'ab' == b'ab', b'ab' != b'ab', b'ab' < b'b', b'ab' <= b'a', b'' < b'\x00', b'a' > b'A')
print(b'ab' == 'ab', b'ell' in b, 104 in b, 255 in b, 7 in b, b'' in b)
print(hash(b'abc') == hash(b'abc'), bool(b''), bool(b'\x00'))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes((x for x in [104, 105])))
print(bytes('caf\u00e9', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'xy'))
print(bytes(True), bytes(bytearray_like for bytearray_like in []))
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), repr(b'\t\n\r\\'), repr(b'\x7f\x80'))
for bad in [lambda: bytes(-1), lambda: bytes('a'), lambda: bytes([256]), lambda: bytes([-1]),
            lambda: bytes(1, 'utf-8'), lambda: bytes([1.5]), lambda: bytes(1.5),
            lambda: b'a' + 'b', lambda: b'a' + 1, lambda: 'a' in b'abc', lambda: 256 in b'a',
            lambda: b'ab'[5], lambda: b'ab'[str(1)], lambda: b'ab' * 1.5]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del b[0]
except TypeError as e:
    print('TypeError', e)
it = iter(b'xy')
print(next(it), next(it), next(it, 'end'))
print(b'%s' if False else 'skip bytes %')

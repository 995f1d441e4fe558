# bytearray operators: + * in, comparisons, indexing, slicing, repr, hashing, iteration.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2])
print(type(a[1:3]).__name__, type(a[0]).__name__, a[1:3] is a, a[:] == a, a[:] is a)
show(lambda: a[5])
show(lambda: a[-6])
show(lambda: a['x'])
show(lambda: a[1.5])
print(a + b'!', a + bytearray(b'?'), a + memoryview(b'.'), b'>' + a, bytearray(b'') + b'')
print(type(a + b'x').__name__, type(b'x' + a).__name__, type(b'' + a).__name__)
show(lambda: a + 'str')
show(lambda: a + [1])
show(lambda: 'str' + a)
print(a * 2, 2 * a, a * 0, a * -1, type(a * 1).__name__, a * 1 is a)
show(lambda: a * 'x')
show(lambda: a * 1.5)
b = a
b += b'!'
print(a, b is a)
b *= 2
print(a, b is a)
b *= 0
print(a, len(a))
c = bytearray(b'ab')
c += bytes(c)
print(c)
def iadd(x, y):
    x += y
    return x
show(lambda: iadd(bytearray(b'x'), 'y'))
show(lambda: iadd(bytearray(b'x'), [1]))
print(b'e' in bytearray(b'hello'), 101 in bytearray(b'hello'), bytearray(b'll') in bytearray(b'hello'))
print(memoryview(b'lo') in bytearray(b'hello'), b'' in bytearray(b''), 0 in bytearray(1), b'hex' in bytearray(b'he'))
print(bytearray(b'b') in b'abc', bytearray(b'q') in [b'q'], b'q' in [bytearray(b'q')])
show(lambda: 'e' in bytearray(b'hello'))
show(lambda: 256 in bytearray(b'hello'))
show(lambda: 1.5 in bytearray(b'hello'))
x = bytearray(b'abc')
print(x == b'abc', b'abc' == x, x == bytearray(b'abc'), x == memoryview(b'abc'), x != b'abd')
print(x < b'abd', b'abd' > x, x <= x, x >= b'abc', x > b'ab', bytearray(b'') < b'\x00')
print(x == 'abc', x != 'abc', x == [97, 98, 99], x == None)
show(lambda: x < 'abc')
show(lambda: x < 1)
show(lambda: 1 > x)
print(sorted([bytearray(b'b'), b'a', bytearray(b'ab')]), max(bytearray(b'az')), min(bytearray(b'az')))
show(lambda: hash(bytearray(b'x')))
show(lambda: {bytearray(b'x'): 1})
show(lambda: {bytearray(b'x')})
print(repr(bytearray()), repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), repr(bytearray(b'\'"')))
print(bytearray(b'\x00\t\n\r\\\x7f\x80\xff'), str(bytearray(b'str')), '%s|%r' % (bytearray(b'a'), bytearray(b'b')))
print([bytearray(b'in list')], (bytearray(),), '{}'.format(bytearray(b'fmt')))
print(bool(bytearray()), bool(bytearray(1)), not bytearray(b'x'))
print(list(bytearray(b'abc')), [v for v in bytearray(b'\x00\xff')], list(reversed(bytearray(b'abc'))))
print(sum(bytearray(b'\x01\x02\x03')), sorted(bytearray(b'cab')), list(enumerate(bytearray(b'xy'))))
print(dict.fromkeys(bytearray(b'aab')), set(bytearray(b'abca')) == {97, 98, 99})

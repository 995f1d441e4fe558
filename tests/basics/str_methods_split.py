# split, rsplit, splitlines, partition, rpartition
print('a b  c\t\nd '.split())
print('  a b  c  '.split(None, 1), '  a b  c  '.rsplit(None, 1))
print('  a b  c  '.split(maxsplit=0), '  a b  c  '.rsplit(maxsplit=0))
print(''.split(), '   '.split(), ''.split(','), ','.split(','))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 2), 'a,b,,c'.rsplit(',', 2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'a::b::c'.split(sep='::', maxsplit=1))
print('aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('a\u00a0b\u3000c\x85d'.split())
print('x\u00e9y\u00e9z'.split('\u00e9'), 'x\u00e9y\u00e9z'.rsplit('\u00e9', 1))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split(x=1)
except TypeError as e:
    print('TypeError', e)
print('ab\ncd\r\nef\rgh\x0bij\x0ckl\x1cmn\x85op\u2028qr\u2029st'.splitlines())
print('ab\ncd\r\n\nef\r'.splitlines(True), 'ab\ncd\r\n'.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'a\n\nb'.splitlines())
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a\u00e9b'.partition('\u00e9'), 'abcabc'.rpartition('bc'))
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError', e)
try:
    'a'.rpartition(None)
except TypeError as e:
    print('TypeError', e)

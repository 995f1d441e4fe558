print('a b  c'.split(), 'a b  c'.split(' '), '  lead trail  '.split(), ''.split(), ''.split(','), '   '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print('a\tb\nc\r\nd\x0be\x0cf'.split(), 'x::y::z'.split('::'), 'abc'.split('abc'), 'aXbXc'.split('X', 0))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'a\n\nb\n'.splitlines(), 'a\nb'.splitlines(True), ''.splitlines())
print('x\x1cy\x1dz\x1ew\u2028v\u2029u\x85t'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('abc'), '-'.join(['x']), 'ab'.join(['1', '2', '3']))
print(' '.join(str(i) for i in range(5)), '|'.join(('tuple', 'items')), '+'.join({'only': 1}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__)
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('1,2,3'.split(',', maxsplit=1), '1 2 3'.rsplit(maxsplit=1), 'a.b.c'.rsplit('.', -1))
print('  a  b  '.split(' '), ' a b '.rsplit(' ', 1))

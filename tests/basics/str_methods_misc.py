# replace, join, translate, maketrans, encode, format helpers
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0))
print(s.replace('one', '1', -1), s.replace('x', 'y'), s.replace('', '-'), 'ab'.replace('', '-', 2))
print('\u00e9\u00e9'.replace('', '.'), 'a\u00e9b'.replace('\u00e9', 'E'), 'aaa'.replace('a', ''))
try:
    'a'.replace(1, 'b')
except TypeError as e:
    print('TypeError', e)
try:
    'a'.replace('a', 2)
except TypeError as e:
    print('TypeError', e)
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '.'.join('abc'))
print('+'.join(x for x in 'xyz'), '\u00e9'.join(['a', 'b']), ''.join(['', '']))
print('/'.join({'k': 1}), '-'.join(map(str, range(5))))
try:
    ''.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t), 'abc'.translate({97: None, 98: 'BB', 99: 0x20ac}))
print(str.maketrans({'a': 1, 2: 'x'}) == {97: 1, 2: 'x'}, 'abc'.maketrans('a', 'b'))
print('hello'.translate({}), 'hello'.translate([]), 'abc'.translate(['x'] * 98))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1),
            lambda: str.maketrans({'ab': 1}), lambda: 'ab'.translate({97: 1.5}),
            lambda: 'ab'.translate({97: -1})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('abc'.encode(), 'caf\u00e9'.encode(), 'caf\u00e9'.encode('utf-8'), '\u20ac'.encode('utf8'))
print('caf\u00e9'.encode('latin-1'), 'abc'.encode('ascii'), 'caf\u00e9'.encode(encoding='latin1'))
print('caf\u00e9\u20ac'.encode('ascii', 'ignore'), 'caf\u00e9\u20ac'.encode('latin-1', 'replace'))
for args in [('ascii',), ('latin-1',), ('foo',), ('ascii', 'bogus')]:
    try:
        print('a\u00e9\u00e8\u20ac'.encode(*args))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    '\ud800x'.encode()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xe9', 'latin-1'))
print(str(), str(1), str(None), str('x'), str([1, 'a']), str(b'x'), repr(str(1.5)))
for args in [('a', 'utf-8'), (1, 'utf-8'), (b'\xff', 'utf-8'), (b'x', 'nope')]:
    try:
        print(str(*args))
    except (TypeError, UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
print(str(b'\xffa\xfe', 'utf-8', 'replace'), str(b'\xffa\xfe', 'utf-8', 'ignore'))
print(str(object='x'), repr(str(b'', 'utf-8')))

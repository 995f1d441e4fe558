# center, ljust, rjust, zfill, expandtabs, strip
for w in [0, 3, 6, 7, 8]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '-')))
print(repr('ab'.center(5)), repr('ab'.center(6, '\u00e9')), repr('\u00e9'.rjust(3, '\u20ac')))
print(repr('abc'.center(-5)), repr(''.center(3, 'x')))
for bad in [('ab',), ('',), (1,)]:
    try:
        'x'.center(5, *bad)
    except TypeError as e:
        print('TypeError', e)
try:
    'x'.ljust(1.5)
except TypeError as e:
    print('TypeError', e)
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(2), ''.zfill(3), '-'.zfill(3), 'abc'.zfill(-1))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('ab\n\tc\r\td'.expandtabs(3)), repr('x\ty'.expandtabs(tabsize=2)))
print(repr('  \t hi \n '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abchicba'.strip('abc')), repr('hi'.strip('')))
print(repr('\u00e9\u00e9hi\u00e9'.strip('\u00e9')), repr('\u3000hi\u00a0'.strip()))
print(repr('aaa'.strip('a')), repr(''.strip()), repr('hi'.strip(None)))
try:
    'x'.strip(1)
except TypeError as e:
    print('TypeError', e)
print('prefix-body'.removeprefix('prefix-'), 'prefix-body'.removeprefix('x'))
print('body.txt'.removesuffix('.txt'), 'body.txt'.removesuffix(''), 'a'.removeprefix('abc'))
try:
    'x'.removeprefix(1)
except TypeError as e:
    print('TypeError', e)

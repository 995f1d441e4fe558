s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abcHIcba'.strip('abc')), repr('hello'.strip('')), repr('aaa'.strip('a')))
print(repr('www.example.com'.lstrip('w.')), repr('file.py.bak'.rstrip('.kab')), repr('\u3000 wide \u3000'.strip()))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(6, '-')), repr('abc'.center(2)))
print(repr('7'.ljust(4, '0')), repr('7'.rjust(4, '0')), repr('toolong'.ljust(3)), repr('x'.rjust(0)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(2), '-'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbb\tccc'.expandtabs(4)), repr('\t'.expandtabs(0)), repr('12\t3\n\t4'.expandtabs(3)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x'.strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(' x '.strip(None)), repr('--x--'.rstrip('-')), repr(''.center(3, '#')))

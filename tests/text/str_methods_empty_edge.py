e = ''
print(e.upper(), e.split(), e.split(','), e.rsplit(' '), e.strip(), e.join(['a', 'b']), e.find(''), e.count(''))
print(e.startswith(''), e.endswith(''), e.isalpha(), e.isspace(), e.title(), e.capitalize(), e.zfill(2), e.center(3, '*'))
print(e.partition('x'), e.rpartition('x'), e.replace('', 'a'), e.splitlines(), e.expandtabs(), e[::-1], e * 5)
print(list(e), len(e), e in 'abc', 'a' in e, e == str(), e < 'a', bool(e), e.encode())
s = ' '
print(repr(s.strip()), s.split(), s.split(' '), s.isspace(), repr(s * 3))
print('a'.split('a'), 'aa'.split('a'), 'aXa'.split('a'), 'abc'.split('abc', 1))
print('x'.center(2), 'x'.center(4, '-'), repr('ab'.ljust(1)), 'abc'.title(), 'a'.swapcase())

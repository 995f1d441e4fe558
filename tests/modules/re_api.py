# The module functions, Pattern and Match objects.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d*)')
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(type(p).__name__, type(p).__module__)
m = p.search('  alpha=42 beta=')
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'key', 0))
print(m[0], m[1], m['val'])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span('key'))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.regs)
print(m.expand(r'\g<val>:\1:\g<0>'))
print(type(m).__name__, type(m).__module__)

m = re.match(r'(a)(b)?(c)?', 'a')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.groupdict(), m.groupdict(0), m.lastgroup)
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match(r'(a)|b', 'b')
print(m.lastindex, m.lastgroup)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)

# match / fullmatch / search with pos and endpos
p = re.compile('a+')
print(p.match('baaa'), p.match('baaa', 1), p.match('baaa', 1, 3))
print(p.fullmatch('aaa'), p.fullmatch('aab'), p.fullmatch('aab', 0, 2))
print(p.search('xxaxaa', 2), p.search('xxaxaa', 3), p.search('xxaxaa', pos=4))
print(p.search('aaa', 5), p.search('aaa', -5), p.search('aaa', 2, 1))
m = p.search('xxaaa', 1, 4)
print(m, m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('$').search('ab', 0, 1))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch(r'\w*', ''))
print(re.match('a', 'ba'), re.search('a', 'ba'))

# findall / finditer
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2c'))
print(re.findall(r'(\w)\d', 'a1b2c'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall('', 'abc'))
print(p.findall('aabaaa', 1))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
it = re.finditer('a*', 'baac')
print(type(it).__name__, [m.group() for m in it])
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)])

# escape / purge / compile of a compiled pattern
print(re.escape('a.b-c d\t#&~'), re.escape(b'a.b*'), re.escape('1_x'))
print(re.compile(p) is p)
re.purge()
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I))
print(hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile('a' * 300))
print(re.match('a' * 80, 'a' * 90))
print(re.compile('\n', re.X | re.S))
print(isinstance(p, re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(int(re.I), re.IGNORECASE == re.I, int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(int(re.NOFLAG), int(re.L), int(re.DEBUG))
print(re.compile('(?x) a b  # comment\n c').match('abc'))

# keyword arguments
print(re.search(pattern='b', string='abc'), re.compile('b').search(string='abc', pos=2))
print(re.sub(pattern='a', repl='b', string='aa', count=1))
print(re.split(pattern=',', string='a,b,c', maxsplit=1))

m = p.match('aa')
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__({}) is m)
print(re.Pattern[str], re.Match[bytes])

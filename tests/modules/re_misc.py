# Odds and ends: negative counts, str subclasses, anchors at the end, defaults.
import re
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -2))
class S(str):
    pass
m = re.search('b+', S('abbc'))
print(m.group(), type(m.group()).__name__, type(m.string).__name__, re.sub('b', 'x', S('abc')), type(re.sub('b', 'x', S('abc'))).__name__)
print(re.findall(S('a'), 'banana'), re.compile(S('a.')).pattern)
print(re.split('(?=b)', 'abab'), re.sub('(?<=a)', '-', 'aXa'))
print(re.fullmatch('a*?', 'aaa'), re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'))
print(re.search(r'\Z', 'ab\n').span(), re.search('$', 'ab\n').span(), re.findall('$', 'ab\n'))
print(re.match('x', 'x', flags=0), re.escape(''), re.split('', ''), re.sub('', '', ''))
try:
    re.compile('a', flags='x')
except TypeError as e:
    print('TypeError')
print(re.compile(r'(?P<a>x)|(?P<b>y)').groupindex['b'])
print(re.match(r'(?P<a>x)', 'x').groupdict(default=5), re.match('(a)(b)?', 'a').groups(default='z'))
m = re.match('(a)(b)', 'ab')
print(m.span(2), m.start(1), m.end(0), m.group(*range(3)))
print(re.sub(r'(?m)^\s+', '', '  a\n   b'), re.sub(r'\s+$', '', 'a  \n'))
print(re.sub('(b)|c', lambda m: str(m.lastindex), 'abc'))
print(re.sub('a', r'\\', 'a'), re.sub('a', '\\\\n', 'a'))

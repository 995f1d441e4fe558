# Wrong calls and read-only attributes of Pattern and Match, with CPython's messages.
import re
p = re.compile('(a)(?P<n>b)')
m = p.match('ab')
for f in [lambda: setattr(p, 'pattern', 'x'), lambda: setattr(m, 'pos', 1), 
          lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match(s='a'), lambda: re.match('a'),
          lambda: m.group(3), lambda: m.group('x'), lambda: m.start(5), lambda: m.span('zz'), lambda: m[7],
          lambda: m.expand(1), lambda: p.sub(), lambda: re.escape(1), lambda: p.split('a', 'b'),
          lambda: re.compile('a', 'b'), lambda: p.search('ab', 'x'), lambda: len(m), lambda: list(m),
          lambda: m.group(1.0), lambda: hash(m) == hash(m), lambda: p < p, lambda: re.purge(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.lastgroup, re.match('(?P<x>a)|(b)', 'b').lastgroup, re.match('(?P<x>a)|(b)', 'a').lastgroup)
print(re.match(b'a(b)', b'ab'), m.re, p == m.re)
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, None), next(it, None))
print(repr(re.compile(b'x\xff', re.I)))
for f in [lambda: re.sub('a'), lambda: re.split(), lambda: re.compile('a', 0, 1), lambda: re.escape(),
          lambda: re.search('a', 'a', x=1), lambda: re.search('a', 'a', pattern='b'),
          lambda: re.compile('a', 1.5), lambda: re.finditer(string='a')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

# re.error: messages, positions, lines and columns; TypeError and ValueError cases.
import re

bad = ['(', 'a)', ')', '*', 'a**', '+a', 'a|*', '{1}', 'a{1}{2}', 'a??+', 'x{2}?{3}',
       '^*', '$*', r'\b*', '(?<x', '(?<', '(?<a)', '(?', '(?z)', '(?P', '(?Px)', '(?P>a)',
       '(?P<', '(?P<a', '(?P<>x)', '(?P<1>a)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=x)',
       '(?P=', '(?P=a', '(?P=1)', '(a)(?P=a)', r'\q', '\\', r'[\q]', r'[\8]', r'\2', r'(a)\2',
       r'\8', r'(a\1)', '(?P<a>(?P=a))', '[a', '[]', '[^]', '[z-a]', r'[a-\d]', r'[\d-z]',
       r'[\w-a]', 'a{2,1}', '(?#abc', '(?#', '(?i', '(?-i)', '(?i-i:a)', '(?iz)', '(?-z:a)',
       '(?i-:a)', '(?a-a:a)', '(?au)', '(?-a:x)', '(?L)', 'x(?i)', 'a|(?i)b', '(?i)a(?m)b',
       '(?(1)a|b|c)', '(?(x)a)', '(?(1a)a)', '(?(0)a)', '(?()a)', '(?(1)a', '(?(2)a)(b)',
       r'\x1', r'\x', r'\u12', r'\U00110000', r'\N{FOO}', r'\N', r'\N{', r'\N{LATIN',
       r'\777', '(?>', '(?:', '(?i:', '((a)', '(a(b', '(?<=a*)', '(?<!a|bb)', '(?<=a|bc)',
       'a\n(', 'ab\ncd\n  )', 'é(', 'éé)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno,
              e.pattern == p)

for p in [rb'\u1234', b'(?u)', rb'\N{x}', b'(', rb'\q']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e, e.pos, e.pattern == p)

for t in [r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<5>', r'\5', r'\q', r'\g<1a>', '\\',
          r'\12', r'\400', r'\g<-1>']:
    try:
        print(repr(t), re.sub('(a)', t, 'xay'))
    except re.error as e:
        print(repr(t), 'error', e, e.pos, e.pattern == t)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)

calls = [
    lambda: re.compile('a', re.L),
    lambda: re.compile('a', re.A | re.U),
    lambda: re.compile('(?a)(?u)a'),
    lambda: re.compile(b'a', re.U),
    lambda: re.compile(b'a', re.A | re.L),
    lambda: re.compile(1),
    lambda: re.search('a', b'a'),
    lambda: re.search(b'a', 'a'),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.compile('a{99999999999}'),
    lambda: re.sub('a', lambda m: 1, 'a'),
]
for f in calls:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, repr(e))
e = re.error('boom', 'ab\ncd', 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error('x', pattern='abc', pos=1)
except re.error as e:
    print(e.args)

# Errors CPython finds only because its parser reads a token ahead, or after parsing.
more = ['*\\', '(?i)?\\', '\\u00\\', '(?:)(?i)x', '(?#c)(?i)x', '(?<=N+):(?!', '(?<=(?(1)a))',
        '(?<=\\1)(a)', '(a)(?<=\\1)', '(?<=(a)\\2)', '(?P<n>#\\u00>x)', '(?\\x)', '(?P\\x)',
        '(?<\\x)', '(?-é:x)', '(?#a\\)b', '(?x)#\\', 'a)\\', '(?(1)a)', '(?i)(?#x)(?m)a']
for p in more:
    try:
        r = re.compile(p)
        print(repr(p), 'compiled', r.groups)
    except re.error as e:
        print(repr(p), e, '|', e.pos)
print(re.match('(a)(?<=\\1)', 'aa'), re.search('(ab)c(?<=\\1c)', 'xabc'))
for t in ['\\21\\', 'x\\9\\', '\\g<x>\\', '\\g<n>\\', 'ab\\']:
    try:
        print(repr(t), re.sub('(?P<n>a)', t, 'xa'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)

# repr names the class without its module, as for any exception.
try:
    re.compile('(')
except re.error as e:
    print(repr(e))

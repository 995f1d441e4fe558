# str searching: find/rfind/index/rindex/count/startswith/endswith with bounds
s = 'hello world, hello kinglet'
for sub in ['hello', 'o', 'xyz', '', 'let', 'h']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', -5), s.rfind('o', 0, 10))
print(s.find('hello', 1), s.rfind('hello', 0, 5), s.rfind('hello', 0, 4))
print(s.find('', 26), s.find('', 27), s.rfind('', 3, 1), s.count('', 30), s.count('', 20))
print(s.count('l', 3, 12), s.count('l', -7), s.count('ll'), 'aaaa'.count('aa'))
print(s.index('world'), s.rindex('l'), s.index('h', 1))
for args in [('zz',), ('h', 20, 22), ('hello', -3)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print('ValueError', e)
print(s.find('o', None, None), s.count('o', None), s.find('o', True))
print(s.find('o', 10**30), s.find('o', -10**30, 10**30))
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6))
print(s.startswith(('x', 'hel')), s.startswith(()), s.endswith(('let', 'x')))
print(s.endswith('world', 0, 11), s.endswith('world', 0, 12), s.endswith(''))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 4))
print(s.startswith('hello', -6), s.endswith('hello', -100, -8))
# code points, not bytes
u = 'na\u00efve caf\u00e9 \u20ac1 \U0001f600!'
print(len(u), u.find('caf'), u.find('\u00e9'), u.find('\u20ac'), u.find('!'))
print(u.rfind('\u00e9'), u.index('\U0001f600'), u.count('\u00ef'), u.find('e', 4))
print(u.startswith('\u00efve', 2), u.endswith('\U0001f600', 0, -1), u.find('1', 13))
print(u.count('', 2, 6), u.rfind('', 0, 3))
for bad in [1, None, b'x']:
    try:
        s.find(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.startswith(1)
except TypeError as e:
    print('TypeError', e)
try:
    s.startswith(('a', 1))
except TypeError as e:
    print('TypeError', e)
try:
    s.find('o', 1.5)
except TypeError as e:
    print('TypeError', e)
print('x' in s, 'hello w' in s, '' in s, 'z' in s, '\u00e9' in u)
try:
    1 in s
except TypeError as e:
    print('TypeError', e)

s = 'aaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count(''), ''.count(''), ''.count('a'))
print(s.find('aa', 1), s.find('aa', 3), s.rfind('aa'), s.rfind('aa', 0, 3), s.find('', 4), s.find('', 5))
print('abc'.find('c', -1), 'abc'.find('a', -1), 'abc'.rfind('', 1, 2), 'abc'.count('', 1), 'abc'.count('b', 5))
print('hello'.index('l', 3), 'hello'.rindex('l', 0, 3), 'hello'.startswith('ell', 1, 4), 'hello'.endswith('ll', 0, 4))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', -1), 'abc'.find('bc', None, None))
try:
    'abc'.find(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.count(1)
except TypeError as e:
    print(type(e).__name__)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print('a-b-c'.replace('-', '', 1).count('-'), 'xyxyx'.rfind('xy'), 'xyxyx'.rindex('x'))

print('aaa'.replace('a', 'b'), 'aaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'), 'abc'.replace('abc', ''))
print('abc'.replace('', 'X'), ''.replace('', 'X'), ''.replace('a', 'b'), 'abc'.replace('', '', 5))
print('a.b.c'.replace('.', '::', 1), 'a.b.c'.replace('.', '', -5), 'xyz'.replace('y', 'yy' * 3))
print('one two one'.replace('one', '1'), 'CaSe'.replace('c', 'k'), 'tab\there'.replace('\t', ' '))
try:
    'abc'.replace(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.replace('a')
except TypeError as e:
    print(type(e).__name__)
print('😀x😀'.replace('😀', 'E'), 'ééé'.replace('é', 'e', 2))
s = 'hello'
t = s.replace('z', 'q')
print(t == s)

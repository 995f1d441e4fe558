# str.replace
print('hello world'.replace('o', '0'))
print('aaaa'.replace('a', 'b', 2))
print('aaaa'.replace('aa', 'b'))
print('abc'.replace('x', 'y'))
print('abc'.replace('', '-'))
print('abcabc'.replace('abc', ''))
print('one two one'.replace('one', 'three'))
print('a.b.c'.replace('.', ''))
print('abc'.replace('b', 'bbb'))
print('xx'.replace('x', 'xx', 0))
s = 'mississippi'
print(s.replace('ss', 'SS'), s)

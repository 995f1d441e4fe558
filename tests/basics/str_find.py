# find, rfind, index, count
s = 'hello world, hello'
print(s.find('hello'), s.rfind('hello'))
print(s.find('o'), s.rfind('o'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find(''), s.rfind(''))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', 5, 8))
print(s.find('hello', 1))
print(s.rfind('hello', 0, 10))
print(s.index('world'))
try:
    s.index('xyz')
except ValueError:
    print('ValueError')
print(s.count('l'), s.count('hello'), s.count('xyz'))
print('aaaa'.count('aa'))
print('abc'.count(''))
print(s.count('l', 10))
print(s.find('o', -5))

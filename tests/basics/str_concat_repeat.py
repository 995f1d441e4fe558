# + and * on strings
a = 'foo'
b = 'bar'
print(a + b)
print(a + '' + b)
print(a * 3)
print(3 * a)
print(a * 0, repr(a * 0))
print(repr(a * -2))
print('-' * 20)
s = ''
for i in range(5):
    s = s + str(i)
print(s)
s += '!'
print(s)
s *= 2
print(s)
print(('ab' + 'cd') * 2)
try:
    print('a' + 1)
except TypeError:
    print('TypeError')
try:
    print('a' * 'b')
except TypeError:
    print('TypeError')

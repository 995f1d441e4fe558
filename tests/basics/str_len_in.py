# len and the in operator on strings
print(len('hello'), len(''), len('a b c'))
print('ell' in 'hello')
print('xyz' in 'hello')
print('' in 'hello', '' in '')
print('h' in 'hello', 'o' in 'hello', 'hello' in 'hello')
print('hello' in 'hell')
print('x' not in 'abc', 'a' not in 'abc')
try:
    print(1 in 'abc')
except TypeError:
    print('TypeError')

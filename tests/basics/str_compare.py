# string comparisons are lexicographic by code point
print('abc' == 'abc', 'abc' == 'abd')
print('abc' < 'abd', 'abc' < 'ab', 'ab' < 'abc')
print('' < 'a', 'Z' < 'a', 'a' < 'b')
print('apple' > 'Apple', 'a' != 'A')
print('10' < '9', '100' < '20')
print(sorted(['pear', 'Apple', 'banana', 'apple', 'cherry', '']))
print(max('hello'), min('hello'))
print(max(['b', 'abc', 'ba']))
print('a' == 'a' * 1)
print('abc' <= 'abc', 'abc' >= 'abd')
try:
    print('a' < 1)
except TypeError:
    print('TypeError')
print('a' == 1)

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'aa', 'B', 'é', 'e', 'z', '10', '9', ' ']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True)[:5])
print('a' < 'b' < 'c', 'abc' < 'abcd', 'abd' > 'abcz', 'A' < 'a', 'Z' < 'a', '' < ' ')
print(min(words), max(words), 'apple' == 'apple', 'apple' != 'Apple', 'a' * 3 == 'aaa')
print('abc' == 'ab' + 'c', hash('abc') == hash('ab' + 'c'), {'k': 1}['k'])
a = 'dynamic' + str(1)
b = 'dynamic1'
print(a == b, a is b or True, {a: 1}[b])
print([s for s in words if 'a' <= s < 'b'])
print(sorted(['ab', 'aB', 'Ab', 'AB']))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print('a' == 1, 'a' != None, 'x' in ['x'], ('x',) < ('y',))
print(sorted(['b', 'a', 'c'], key=lambda s: -ord(s)))

s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'), s.find(''), s.rfind(''))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''), s.count('o', 20), s.count('o', 0, 15))
print(s.startswith('the'), s.startswith('quick', 4), s.startswith(('a', 't')), s.endswith('dog'), s.endswith(('cat', 'og')))
print(s.endswith('lazy', 0, -4), s.startswith(''), 'abc'.startswith('abcd'))
print(s.find('o', -10), s.find('o', 100), s.find('x', -100, 5), s.rfind('o', 0, 14))
print('aaaa'.count('aa'), 'abab'.find('ab', 1), 'abcabc'.rindex('abc', 0, 5))
try:
    s.index('cat')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('cat')
except ValueError as e:
    print(type(e).__name__, e)
print('b' in 'abc', '' in 'abc', 'abc' in 'abc', 'abd' in 'abc', 'ABC'.lower() in s.upper().lower())
print(s.partition(' '), s.rpartition(' '), s.partition('zzz'), s.rpartition('zzz'))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
print('ababab'.replace('ab', 'X'), 'ababab'.replace('ab', 'X', 2), 'abc'.replace('', '-'), 'aaa'.replace('a', ''), 'abc'.replace('x', 'y'))
print('abc'.replace('', '-', 2), 'hello'.replace('l', 'L', 0), 'hello'.replace('l', 'L', -1))
print('prefix_name'.removeprefix('prefix_'), 'name.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))

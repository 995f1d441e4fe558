# Heavy but finite backtracking gives CPython's answers (well below the step limit), and long
# subjects need no C recursion.
import re

print(re.match(r'(a+)+$', 'a' * 12 + 'b'))
print(re.match(r'(a|aa)+$', 'a' * 14 + 'b'))
print(re.match(r'(?:a*)*b', 'a' * 15))
print(re.match(r'(\w+\s?)*$', 'hello world foo bar!'))
s = 'ab' * 20000
print(re.match('(?:ab)*', s).end(), re.match('(ab)*', s).span(1))
print(re.match('(?:a|b)*c', s + 'c').end())
print(len(re.findall('b', s)), re.search('(?:ab)+?$', s).span())
print(re.match('.*x', 'y' * 50000))
print(re.match('(a*)*', 'a' * 10000).span())
print(re.fullmatch('(?:(a)|b)*', s).group(1))
nested = '(' * 200 + 'a' + ')' * 200
print(re.match(nested, 'a').lastindex, re.compile(nested).groups)
print(re.sub('a', 'b', 'a' * 50000).count('b'))
# Counts beyond 2**31 (CPython allows up to 2**32 - 2).
print(re.match('a{0,3000000000}', 'aaa'), re.match('a{2,3000000000}?', 'aaa'), re.match('a{3000000000}', 'aaa'))
print(re.match('(?:ab){1,4294967294}', 'ababx'), re.match('(?:ab){3000000000,}', 'abab'))

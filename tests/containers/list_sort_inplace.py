l = [5, 2, 8, 1, 9, 3]
r = l.sort()
print(r, l)
l.sort(key=lambda v: -v)
print(l)
l.sort(key=str, reverse=True)
print(l)
words = ['Banana', 'apple', 'cherry', 'Apple']
words.sort()
print(words)
words.sort(key=str.casefold)
print(words)
pairs = [(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[1])
pairs.sort(key=lambda p: p[0])
print(pairs)
mixed = [3, 1.5, True, -2]
mixed.sort()
print(mixed)
try:
    [1, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(key=lambda v: v, reverse=True, extra=1)
except TypeError as e:
    print(type(e).__name__)
e = []
e.sort()
print(e)
nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort(key=lambda x: x[1], reverse=True)
print(nested)
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == sorted(big))
s = ['aaa', 'b', 'cc']
s.sort(key=len)
print(s)

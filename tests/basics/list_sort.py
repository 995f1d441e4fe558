# list.sort and sorted with key and reverse
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'elderberry']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
e = []
e.sort()
print(e)
print(sorted([3.5, 1, 2.25, -1]))
b = [1, 2, 3]
print(b.sort(), b)
try:
    [1, 'a', 2].sort()
except TypeError:
    print('TypeError')

# list.sort and sorted: key, reverse, stability, errors
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[1], reverse=True), sorted(data, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = list(range(100, 0, -3))
l.sort()
print(l[:5], l[-5:], l == sorted(l))
import_free = [((i * 7919) % 101, i) for i in range(200)]
s1 = sorted(import_free, key=lambda t: t[0])
print(all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][1] < s1[i + 1][1])
          for i in range(len(s1) - 1)))
s2 = sorted(import_free, key=lambda t: t[0], reverse=True)
print(all(s2[i][0] > s2[i + 1][0] or (s2[i][0] == s2[i + 1][0] and s2[i][1] < s2[i + 1][1])
          for i in range(len(s2) - 1)))
print(sorted([3.5, 1, 2.25, -1, True]), sorted('kinglet'), sorted({3: 'a', 1: 'b'}))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted([]))
l = [5, 3, 1]
print(l.sort(), l, l.sort(reverse=True), l, l.sort(key=None), l)
calls = []
def key(x):
    calls.append(x)
    return -x
l = [1, 2, 3]
l.sort(key=key)
print(l, calls)
print(sorted([1], key=lambda x: calls.append('one') or x), calls[-1])
for bad in [lambda: sorted([1, 'a']), lambda: [1, None].sort(), lambda: [1, 2].sort(1),
            lambda: [1].sort(cmp=None), lambda: sorted([1, 2], key=lambda x: 1 / 0)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
l = [3, 1, 'x', 2]
try:
    l.sort()
except TypeError as e:
    print('TypeError', e)
print(sorted(l, key=str), len(l))
victim = [3, 2, 1]
def meddle(x):
    victim.append(x)
    return x
try:
    victim.sort(key=meddle)
except ValueError as e:
    print('ValueError', e)
print(victim)
seen = []
def peek(x):
    seen.append(len(victim))
    return x
victim.sort(key=peek)
print(seen, victim)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
big = [(i * 37) % 1000 for i in range(1000)]
print(sorted(big) == list(range(1000)), sorted(big, reverse=True)[:3])

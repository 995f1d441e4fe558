point = (3, 4)
x, y = point
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = (1, 2, 3)
print(first, rest, type(rest).__name__)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 1, 4])
print(lo, hi)
swap = (1, 2)
swap = swap[1], swap[0]
print(swap)
records = [('ann', 30), ('bob', 25)]
for name, age in sorted(records, key=lambda r: r[1]):
    print(name, age)
nested = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (p, q), [r, s] in nested:
    print(p + q + r + s)
head, *middle, tail = 'abcde'
print(head, middle, tail)
print(tuple(reversed((1, 2, 3))), (1, 2) + (3,), (0,) * 2)
t = 1,
print(t, len(t))
e = ()
print(e == tuple(), len(e))

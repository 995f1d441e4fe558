s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f & s).__name__, type(f - s).__name__, type(s ^ f).__name__)
print(sorted(s | f), sorted(f & s), sorted(f - s), sorted(s ^ f))
print(s == frozenset(s), frozenset(s) == s, hash(frozenset(s)) == hash(frozenset([3, 2, 1])))
print(s.issubset(f), f.issuperset({3}), s < f | s, f > frozenset({4}))
d = {frozenset({1}): 'one', frozenset(): 'empty'}
print(d[frozenset([1])], d[frozenset()])
print({frozenset(s)} == {frozenset({3, 2, 1})})
u = set(f)
u.add(5)
print(sorted(u), sorted(f))
print(sorted(s.union(f, [9], 'a' * 0)), sorted(f.intersection(s, range(3))))
print(frozenset([1, 2]) in {frozenset([2, 1])}, {1, 2} in [frozenset({1, 2})])
try:
    {1, 2} in {frozenset([1, 2])}
    print('set key lookup via frozenset')
except TypeError as e:
    print(type(e).__name__, e)

# the named methods take any iterable
s = {1, 2, 3}
print(sorted(s.union([3, 4], (5,))), sorted(s.union()))
print(sorted(s.intersection([2, 3, 9], {3, 2})), sorted(s.intersection('abc')))
print(sorted(s.difference([1], [2])), sorted(s.symmetric_difference([3, 4, 4])))
print(s.issubset([1, 2, 3, 4]), s.issubset([1]), s.issuperset([1, 1, 2]), s.issuperset([0]))
print(s.isdisjoint([7, 8]), s.isdisjoint(iter([3])))
t = set(s)
t.update([4], 'a')
print(sorted(t, key=str))
t.intersection_update(range(3), [1, 2, 5])
print(sorted(t))
t.difference_update([1], [99])
print(sorted(t))
t.symmetric_difference_update([2, 7, 7])
print(sorted(t))
t.discard(7)
t.discard(100)
print(t)
t.add(5)
t.remove(5)
print(t)
try:
    t.remove(5)
except KeyError as e:
    print('KeyError', e)
u = {10}
print(u.pop(), u)
try:
    u.pop()
except KeyError as e:
    print('KeyError', e)
v = {1, 2}
w = v.copy()
w.add(3)
print(sorted(v), sorted(w))
v.clear()
print(v, len(v))
p = {1, 2, 3}
n = 0
while p:
    p.pop()
    n += 1
print(n, p)
print(sorted(frozenset([1, 2]).union([3])), type(frozenset().union()).__name__)
print(frozenset([1, 2]).issubset({1, 2}), frozenset('ab').isdisjoint('cd'))
try:
    frozenset().add(1)
except AttributeError:
    print('AttributeError')
print(set.union({1}, {2}) == {1, 2})
s = {(1, 2), (3, 4)}
s.discard((1, 2))
print(s)
s = {frozenset([1])}
s.discard({1})
print(s)

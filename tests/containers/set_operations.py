a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 9])))
print(a <= a, a < a, {3} < a, {3, 4} <= b, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b, {1} == frozenset({1}))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a.union([7])), sorted(set('hello')), sorted(set()), set() == set(), len({1, 1, 1}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {3}
print(sorted(c))
c.update([20], (30,)); c.intersection_update(range(25)); c.difference_update({1}); c.symmetric_difference_update({3, 4})
print(sorted(c))
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, not ({1} < {2}), {1} > set())
print(sorted({x % 3 for x in range(10)}), {(1, 2), (1, 2)}, {frozenset([1])} == {frozenset([1])})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__)
print(sorted({1, 2.0, 3 + 0j, True}, key=abs), {0, False, 0.0})

# Tuples, floats and frozensets hash as in CPython, so sets of them iterate in CPython's order.
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, (2, 3))), hash((-1, 2**70)))
print(hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(2.0), hash(float("inf")))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset(range(10))))
print(hash(frozenset([frozenset([1, 2]), (3, 4)])), hash(1 + 2j), hash(-3.5j))

pts = {(x, y) for x in range(4) for y in range(3)}
print(list(pts))
print(list({(1, 2), (2, 1), (0, 0), (-1, -1), (10, 20, 30), ()}))
print(list({0.5, 1.5, 2.5, -0.25, 1e10, 3.0, 0.1, 2.0}))
print(list({1, 1.0, 2.5, True, 3}), list({1.0, 1, 2}))
fs = {frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 3]), frozenset(range(5))}
print(list(fs))
print(frozenset([frozenset([1]), frozenset([2])]))
print({frozenset([3, 1]): 1} == {frozenset([1, 3]): 1}, frozenset([1, 2]) in fs, {1, 2} in fs)
print(list({(i, i * i) for i in range(-5, 6)}))
print(list({i / 8 for i in range(-20, 20, 3)}))

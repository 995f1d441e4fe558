f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 'v'}[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, {1, 2, 3} == f, f | {4} == {1, 2, 3, 4}, type(f | {4}).__name__, type({4} | f).__name__)
print(type(f & {1}).__name__, type(f - {1}).__name__, type(f.union([9])).__name__, type(f.copy()).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__)
try:
    f |= {4}
    print('|= rebinds', sorted(f), type(f).__name__)
except TypeError as e:
    print(type(e).__name__)
print(frozenset(), frozenset('aab') == frozenset('ab'), frozenset(frozenset([1])))
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(nested))
print(sorted(sorted(x) for x in nested))
s = {frozenset('ab'): 1}
print(s[frozenset('ba')])
print(frozenset([1]) < frozenset([1, 2]), frozenset([1]).issubset({1}), frozenset([1, 2]).isdisjoint([3]))
fs = frozenset(range(5))
print(sorted(fs - {0} ^ {9}))
print(repr(frozenset({'x'})), str(frozenset({1})))
print(frozenset([1]) is not None, len(frozenset([[]][0] if False else [])))

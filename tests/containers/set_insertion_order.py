# Deliberate difference (docs/differences.md): sets iterate in insertion order (kinglet's dicts
# and sets share one map), where CPython's order follows its hash table.
s = {3, 1, 2}
print(list(s), s)
s.add(0)
s.discard(1)
print(list(s), sorted(s))
print({'b', 'a', 'c'}, frozenset([9, 5, 7]), {5, 3} | {1, 4}, {1, 2, 3} & {3, 2})
print(set('hello'), list(set([10, 2, 30, 2])))

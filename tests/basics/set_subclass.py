# classes derived from set and frozenset
class S(set):
    def total(self):
        return sum(self)
s = S([1, 2, 3])
s.add(4)
print(s.total(), len(s), 3 in s, isinstance(s, set), type(s).__name__)
print(sorted(s | {9}), type(s | {9}).__name__)
print(s == {1, 2, 3, 4}, {1, 2, 3, 4} == s)
class Init(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
i = Init('ab', 'T')
print(sorted(i), i.tag)
class F(frozenset):
    pass
f = F([1, 2])
print(sorted(f), isinstance(f, frozenset), hash(f) == hash(frozenset([1, 2])))
print({f: 1}[frozenset([2, 1])])

class Tree:
    def __init__(self, v, *children):
        self.v = v
        self.children = children
    def __iter__(self):
        yield self.v
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.v
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.v
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), list(t.depth_first()))
print(sum(t), max(t), 5 in t, sorted(t, reverse=True))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
c = Counter(3)
print(list(c), list(c), [x * y for x in c for y in c])
class Lazy:
    @property
    def values(self):
        return (x * 10 for x in range(3))
    @staticmethod
    def gen_static():
        yield 'static'
    @classmethod
    def gen_cls(cls):
        yield cls.__name__
print(list(Lazy().values), list(Lazy.gen_static()), list(Lazy.gen_cls()))

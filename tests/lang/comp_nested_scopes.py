def f():
    factor = 3
    return [[factor * i * j for j in range(3)] for i in range(3)]
print(f())
def g():
    data = {'a': [1, 2], 'b': [3]}
    return {k: [v * 10 for v in vs] for k, vs in data.items()}
print(g())
def h(n):
    return {i: {j for j in range(i)} for i in range(n)}
print({k: sorted(v) for k, v in h(4).items()})
def closures_in_comp():
    return [(lambda: i * 2)() for i in range(3)]
print(closures_in_comp())
def gen_in_comp():
    return [list(x for x in range(i)) for i in range(4)]
print(gen_in_comp())
class K:
    base = 10
    vals = [1, 2]
    out = [v + 1 for v in vals]
    def meth(self):
        return [self.base + v for v in self.vals]
print(K.out, K().meth())
words = ['hi', 'yo']
print([c for w in words for c in w if c != 'o'])
print([[c.upper() for c in w] for w in words])
print(sum(sum(row) for row in [[1, 2], [3, 4]]))

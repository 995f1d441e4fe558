# classes derived from dict
class D(dict):
    pass
d = D(a=1)
d['b'] = 2
print(d, len(d), isinstance(d, dict), type(d).__name__)
print(sorted(d.items()), d.get('a'), 'b' in d)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello world':
    c[ch] += 1
print(sorted(c.items()))
print(c['q'], 'q' in c, c.get('q'))

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u['abc'] = 1
print(u)

class WithInit(dict):
    def __init__(self, pairs, extra):
        super().__init__(pairs)
        self.extra = extra
w = WithInit([('k', 'v')], 42)
print(w, w.extra)

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd)

f = D.fromkeys('ab', 0)
print(type(f).__name__, f)
try:
    hash(D())
except TypeError:
    print('TypeError')
try:
    hash({})
except TypeError:
    print('TypeError')
print(dict.__getitem__({'x': 5}, 'x'))
print(D(x=1) == {'x': 1}, {'x': 1} == D(x=1))

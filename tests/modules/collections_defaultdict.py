# collections.defaultdict: default_factory, __missing__, repr, copy and errors.
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d['a'], len(d), isinstance(d, dict), type(d).__name__)
print(d.get('zz'), 'zz' in d, len(d))
print(d.default_factory)

counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()), dict(counts))

sets = defaultdict(set)
sets['x'].add(1)
print(sets)

nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 5
print(nested['a']['b'], dict(nested['a']))

n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)

d2 = defaultdict(str, {'k': 'v'}, extra='e')
print(d2, d2['new'], d2)
d3 = defaultdict(int, [('a', 1), ('b', 2)])
print(d3)

c = d.copy()
c['z'].append(9)
print(type(c).__name__, c.default_factory, sorted(c), sorted(d))
import copy
c2 = copy.copy(d)
print(c2 == d, c2 is d, c2.default_factory is list)
c3 = copy.deepcopy(d)
c3['a'].append(99)
print(d['a'], c3['a'])

d.default_factory = tuple
print(d['t'], d)
d.default_factory = None
try:
    d['u']
except KeyError as e:
    print('KeyError', e)

u = defaultdict(int, a=1) | {'b': 2}
print(u, type(u).__name__)
u |= {'c': 3}
print(u)
print({'x': 0} | defaultdict(int, a=1))

r = defaultdict(list)
r['self'] = r
print(r)

class Ctr(defaultdict):
    pass

print(Ctr(int, a=1))

try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)

class Bad:
    pass

print(defaultdict(Bad).default_factory is Bad)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1})
print(defaultdict[str, list])

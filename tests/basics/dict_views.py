# keys(), values() and items() views: live, sized, iterable, set-like
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print('a' in k, 'z' in k, 2 in v, 9 in v)
print(('a', 1) in it, ('a', 2) in it, ('q', 1) in it, 'a' in it, (1,) in it)
d['d'] = 4
print(k, len(v))
del d['a']
print(list(k), list(v), list(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(bool({}.keys()), bool(k))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val)
# set operations give sets
e = {'b': 0, 'x': 0}
print(sorted(d.keys() & e.keys()))
print(sorted(d.keys() | e.keys()))
print(sorted(d.keys() - e.keys()))
print(sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & ['c', 'zz']))
print(sorted(['c', 'zz'] & d.keys()))
print(sorted(['c', 'zz'] - d.keys()))
print(type(d.keys() & e.keys()).__name__)
print(sorted({1: 'a', 2: 'b'}.items() & {(1, 'a'), (3, 'c')}))
# comparisons with sets and other views
print(d.keys() == {'b', 'c', 'd'}, {'b', 'c', 'd'} == d.keys())
print(d.keys() == {'b'}, d.keys() != {'b'})
print({'b'} < d.keys(), d.keys() > {'b'}, d.keys() <= d.keys(), d.keys() < d.keys())
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print({1: 2}.items() == {(1, 2)})
print(d.values() == d.values())
print(d.keys().isdisjoint(['q']), d.keys().isdisjoint(['b']))
print(d.keys() == ['b', 'c', 'd'])
try:
    d.keys() < [1]
except TypeError:
    print('TypeError')
try:
    d.keys() & 1
except TypeError:
    print('TypeError')

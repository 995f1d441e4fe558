d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), type(k).__name__, type(v).__name__, type(i).__name__)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(list(k), 'a' in k, 'b' in k, 4 in v, ('b', 2) in i, ('b', 3) in i)
print(sorted(k & {'b', 'z'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'}, k < {'b', 'c', 'd'}, k.isdisjoint({'x'}))
print(sorted(i & {('b', 2), ('c', 0)}), sorted(i - {('b', 2)}))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.values() == d.values(), d.keys() == d.keys())
try:
    {[]: 1}.keys()
except TypeError as e:
    print(type(e).__name__)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(d)
d2 = dict(d)
print(next(it), list(it))
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 'a', 2: 'b'}
try:
    for key in dd:
        del dd[key]
except RuntimeError as e:
    print(type(e).__name__)
print(sorted(d2.keys() - d.keys()), list(d.keys() - d2.keys()))
print(sorted({'x': 1}.keys() | ['y']), type({'x': 1}.keys() | ['y']).__name__)
print(d.items() == {('b', 2), ('c', 3), ('d', 4), ('newb', 1)} or sorted(d.items()))
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(d.keys().mapping == d if hasattr(d.keys(), 'mapping') else True)

# dict views expose the dict they read as a read-only .mapping.
d = {'a': 1, 'b': 2}
for v in [d.keys(), d.values(), d.items()]:
    m = v.mapping
    print(type(m).__name__, m, m['a'], len(m), list(m))
    try:
        m['c'] = 3
    except TypeError as e:
        print('TypeError', e)
k = d.keys()
d['z'] = 26
print(k.mapping, k.mapping == d, dict(k.mapping) is d)
class D(dict):
    pass
print(D(x=1).keys().mapping['x'])
try:
    d.keys().mapping = {}
except AttributeError as e:
    print('AttributeError')

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['a'], len(d))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
d.update(w=40)
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'), dict.fromkeys([], 0))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
c = d.copy()
c['new'] = 1
print('new' in d, 'new' in c)
c.clear()
print(c, len(c))
print(dict(), dict(a=1), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__)
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print('a' in d, 'x' in d, 10 in d, 10 in d.values(), ('x', 10) in d.items())
e = {}
e[1] = 'int'; e[1.0] = 'float'; e[True] = 'bool'
print(e)

# fromkeys, popitem, setdefault, pop, get, copy, clear
print(dict.fromkeys('abc'))
print(dict.fromkeys(['x', 'y'], 0))
print({}.fromkeys(range(3), []))
d = dict.fromkeys([1, 2], [])
d[1].append('shared')
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
d['z'] = 26
print(d.popitem(), d)
print(d.setdefault('a', 100), d.setdefault('n', 5), d.setdefault('m'), d)
print(d.pop('n'), d.pop('nope', 'dflt'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print(d.get('a'), d.get('zz'), d.get('zz', 0))
c = d.copy()
c['new'] = 1
print(d, c, c is d)
c.clear()
print(c, len(c))
# order after deletion and re-insertion
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 4
print(d, list(d))
# popitem until empty
d = {i: str(i) for i in range(4)}
while d:
    print(d.popitem(), end=' ')
print()
# many keys, then delete most of them
d = {}
for i in range(200):
    d[i] = i
for i in range(0, 200, 3):
    del d[i]
print(len(d), sum(d), list(d)[:5], list(d)[-3:])
d = {str(i): i for i in range(50)}
print(d['17'], '49' in d, '50' in d, len(d))

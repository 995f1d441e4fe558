d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
d.pop('b')
d['b'] = 'back'
print(list(d))
d['a'] = 'updated keeps position'
print(list(d.items())[0])
del d['c']
d.update({'c': 'readded', 'e': 5})
print(list(d))
k, v = d.popitem()
print(k, v, list(d))
d.setdefault('z', 0)
d.setdefault('a', 'ignored')
print(d)
e = dict.fromkeys('xyz', 0)
for key in list(e):
    e[key + key] = e.pop(key)
print(e)
print(list({3: 'c', 1: 'a', 2: 'b'}), list(sorted({3: 'c', 1: 'a'})))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
big[0] = 'new'
print(list(big)[:5], list(big)[-2:], len(big))

d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d, list(d))
d['a'] = 'updated'
print(list(d))
del d['z']
d['z'] = 'readded'
print(list(d))
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [('d', 4)]
print(x)
try:
    x | [('e', 5)]
except TypeError as e:
    print(type(e).__name__, e)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2}, {} == {})
try:
    {'a': 1} < {'a': 2}
except TypeError as e:
    print(type(e).__name__, e)
print(list({3: 'c', 1: 'a', 2: 'b'}.items()))
print(dict(sorted({'b': 2, 'a': 1}.items())))
print({k: v for k, v in sorted({'q': 1, 'p': 2}.items(), key=lambda kv: kv[1])})
merged = {**{'one': 1}, 'two': 2, **{'one': 'ONE'}}
print(merged)
print(dict({'a': 1}, **{'b': 2}), dict([('a', 1), ('a', 2)]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(sorted({'b': 1, 'a': 2}), len({i: i for i in range(1000)}))
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)

# pop and del
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d)
print(d.pop('x', 'default'), d)
try:
    d.pop('x')
except KeyError as e:
    print('KeyError', e)
del d['a']
print(d)
try:
    del d['a']
except KeyError as e:
    print('KeyError', e)
d['a'] = 100
print(d)
print(len(d))
while d:
    k = list(d)[0]
    print('removing', k, d.pop(k))
print(d)

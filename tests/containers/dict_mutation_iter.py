d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)
for k, v in list(d.items()):
    if v > 15:
        del d[k]
print(d)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'x': 1, 'y': 2}
keys = d.keys()
d['z'] = 3
print(list(keys), len(keys))
vals = d.values()
d.clear()
print(list(vals))
d = dict.fromkeys(range(5))
for k in list(d):
    d.pop(k)
    d[k + 10] = k
print(d)
try:
    it = iter({'a': 1})
    dd = {'a': 1}
    it = iter(dd)
    dd['b'] = 2
    next(it)
except RuntimeError as e:
    print(type(e).__name__)

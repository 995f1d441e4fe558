# for loops over strings, dicts and tuples
for c in 'hey':
    print(c)
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k)
for k, v in d.items():
    print(k, v)
for v in d.values():
    print(v)
for t in (1, 'two', 3.0):
    print(t)
for x, y in ((1, 2), (3, 4)):
    print(x + y)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)

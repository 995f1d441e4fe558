class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
l = [0, 0, 0]
for l[1] in 'abc':
    pass
print(l)
d = {}
for d['k'] in [1, 2]:
    pass
print(d)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, rest)
for [x, y] in [[1, 2], (3, 4)]:
    print(x + y)
for (p, q), r in [((1, 2), 3)]:
    print(p, q, r)
m = [1, 2]
for m[0], m[1] in [(5, 6), (7, 8)]:
    pass
print(m)
for _ in range(2):
    pass
print(_)
for ch in '':
    print('never')
else:
    print('empty loop else')
res = []
for x in range(3):
    for y in range(x):
        res.append((x, y))
print(res)
s = 0
for v in (1, 2, 3) * 2:
    s += v
print(s)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)

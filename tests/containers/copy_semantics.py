a = [1, [2, 3], {'k': [4]}]
b = a[:]
c = list(a)
d = a.copy()
e = [*a]
for x in (b, c, d, e):
    print(x == a, x is a, x[1] is a[1])
b[1].append('shared')
print(a)
b[0] = 'not shared'
print(a[0])
def deepcopy(o):
    if isinstance(o, list):
        return [deepcopy(v) for v in o]
    if isinstance(o, dict):
        return {k: deepcopy(v) for k, v in o.items()}
    return o
f = deepcopy(a)
f[2]['k'].append(5)
print(a[2], f[2])
dct = {'x': [1]}
d2 = dict(dct)
d3 = dct.copy()
d4 = {**dct}
d2['x'].append(2)
print(dct, d3['x'] is dct['x'], d4['x'] is dct['x'])
s = {1, 2}
s2 = set(s)
s2.add(3)
print(sorted(s), sorted(s2))
t = (1, [2])
t2 = tuple(t)
print(t2 is t, t[:] is t, t2[1] is t[1])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = [row[:] for row in [[0] * 2] * 2]
m2[0][0] = 1
print(m2)
orig = [1, 2, 3]
alias = orig
alias += [4]
print(orig)
alias = alias + [5]
print(orig, alias)
st = 'abc'
print(st[:] is st or st[:] == st, str(st) == st)

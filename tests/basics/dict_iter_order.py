# dicts keep insertion order; updating a key keeps its place
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(list(d))
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 1
print(list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
for v in d.values():
    print(v)
n = {}
for i in range(20, 0, -3):
    n[i] = i * i
print(n)

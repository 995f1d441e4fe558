d = {}
print(d.get('a'), d.get('a', []), d)
lst = d.setdefault('a', [])
lst.append(1)
d.setdefault('a', []).append(2)
print(d)
print(d.setdefault('b'), d)
print({'x': None}.get('x', 'default'), {'x': 0}.get('x') or 'falsy')
class Missing(dict):
    def __missing__(self, k):
        return 'missing:' + str(k)
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, len(m))
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__)
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__)
try:
    {}.get([])
except TypeError as e:
    print(type(e).__name__, e)
print({1: 'a'}.get(1.0), {(1, 2): 'tup'}.get((1, 2)))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.setdefault(w, 0) + 1
print(counts)

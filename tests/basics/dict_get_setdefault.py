# get and setdefault
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get('a', 99))
print(d)
print(d.setdefault('a', 5))
print(d.setdefault('b', 7))
print(d.setdefault('c'))
print(d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for c in 'mississippi':
    counts[c] = counts.get(c, 0) + 1
print(counts)

# dicts with many entries, deletions and reinsertions
d = {}
for i in range(5000):
    d['k' + str(i)] = i
print(len(d), d['k0'], d['k4999'])
for i in range(0, 5000, 3):
    del d['k' + str(i)]
print(len(d), 'k3' in d, 'k4' in d)
for i in range(0, 5000, 3):
    d['k' + str(i)] = -i
print(len(d), d['k3'], list(d)[:3], list(d)[-3:])
total = 0
for k in d:
    total += d[k]
print(total)
squares = {}
for i in range(1000):
    squares[i] = i * i
print(squares[999], len(squares), sum(squares.values()))

# many int keys: growth, lookup and deletion
d = {}
for i in range(100):
    d[i * 7] = i
print(len(d), d[0], d[693], 694 in d)
for i in range(0, 100, 2):
    del d[i * 7]
print(len(d))
print(list(d)[:5])
s = 0
for k in d:
    s += d[k]
print(s)
for i in range(0, 100, 2):
    d[i * 7] = -i
print(len(d), list(d)[-3:])
neg = {-1: 'a', -2: 'b', 2 ** 40: 'c'}
print(neg[-1], neg[-2], neg[2 ** 40])

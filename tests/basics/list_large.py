# lists with many elements
a = list(range(10000))
print(len(a), a[0], a[-1], sum(a))
b = a[::-1]
print(b[:5], b[-5:])
c = [x * x % 1000 for x in a]
print(max(c), min(c), c.count(0), c.index(1))
c.sort()
print(c[:10], c[-3:])
del a[::2]
print(len(a), a[:5])
while len(a) > 10:
    a.pop()
print(a)
d = [0] * 100000
d[99999] = 1
print(len(d), sum(d), d.index(1))
big = [[i] for i in range(1000)]
print(len(big), big[500])

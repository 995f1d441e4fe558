# packing and unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
first, (second, third), fourth = 1, [2, 3], (4)
print(first, second, third, fourth)
t = 1, 2, 3
i, j, k = t
print(i + j + k)
for name, (lo, hi) in [('a', (1, 2)), ('b', (3, 4))]:
    print(name, lo, hi)
a = b = c = 7
print(a, b, c)
a, b, c = c + 1, a + 2, b + 3
print(a, b, c)
[u, v] = (5, 6)
print(u, v)
k, = [42]
print(k)

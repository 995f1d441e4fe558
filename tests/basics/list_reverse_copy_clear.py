# reverse, copy, clear
a = [1, 2, 3, 4]
a.reverse()
print(a)
b = a.copy()
b.append(5)
print(a, b)
c = [[1], [2]]
d = c.copy()
d[0].append(99)
print(c, d)
a.clear()
print(a, len(a))
e = []
e.reverse()
print(e)
f = list(range(7))
f.reverse()
print(f)

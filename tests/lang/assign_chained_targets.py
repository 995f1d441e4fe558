a = b = c = [1]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 99
print(i, l)
l = [10, 20, 30]
l[i], i = 77, 2
print(i, l)
class O:
    pass
o = O()
o.a = o.b = 'shared'
print(o.a, o.b)
d = {}
d['x'] = d['y'] = []
d['x'].append(1)
print(d)
p = q = 0
p += 1
print(p, q)
first, (second, third) = 1, [2, 3]
print(first, second, third)
[m, n] = (n, m) = ('M', 'N')
print(m, n)
s = t = 'str'
s += '!'
print(s, t)
u = v = [0]
u += [1]
print(u, v)
k = [1, 2, 3]
k[1:2] = k[0:1] = ['z']
print(k)

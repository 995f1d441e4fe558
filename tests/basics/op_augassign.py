# augmented assignment on names, attributes and subscripts
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
x = 7.0
x /= 2
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0001
print(y)
y ^= 0b1111
print(y)
y <<= 4
print(y)
y >>= 2
print(y)
s = 'ab'
s += 'cd'
s *= 2
print(s)


class O:
    pass


o = O()
o.n = 1
o.n += 41
o.lst = [1]
o.lst += [2]
print(o.n, o.lst)
d = {'k': 1}
d['k'] += 9
d['k'] *= 3
print(d)
a = [1, 2, 3]
a[0] += 100
a[-1] -= 100
print(a)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)

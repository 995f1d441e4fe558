def show(l):
    print(l)
l = list(range(10))
l[2:5] = ['a', 'b']; show(l)
l[:0] = ['start']; show(l)
l[len(l):] = ['end']; show(l)
l[1:3] = []; show(l)
l[::2] = [0] * len(l[::2]); show(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(6))
l[::-1] = 'abcdef'; show(l)
l[1::3] = ['X', 'Y']; show(l)
l[100:] = [99]; show(l)
l[-2:] = (7, 8, 9); show(l)
l[2:2] = range(3); show(l)
l[5:2] = ['weird']; show(l)
del l[::3]; show(l)
l[:] = 'new'; show(l)
m = [1, 2, 3]
m[1:2] = m; show(m)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
n = [0] * 5
n[1:4] = iter([7, 8]); show(n)
n[::1] = [1, 2]; show(n)
p = list(range(10))
p[-3:-1] = ['a']; show(p)
p[8:3:-2] = 'xyz'; show(p)

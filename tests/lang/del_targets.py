x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, 'p'), o.q)
try:
    del o.p
except AttributeError as e:
    print(type(e).__name__)
a, b, c = 1, 2, 3
del a, b
print('a' in dir(), 'c' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
t = [1, 2, 3]
(p, q) = (1, 2)
del (p, q)
print('p' in dir())
[r, s] = [3, 4]
del [r, s]
print('s' in dir())
try:
    del t[10]
except IndexError as e:
    print(type(e).__name__, e)
tup = (1, 2)
try:
    del tup[0]
except TypeError as e:
    print(type(e).__name__)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
for i in range(3):
    pass
del i
print('i' in dir())

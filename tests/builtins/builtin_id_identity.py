a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
class K:
    pass
objs = [K() for _ in range(5)]
print(len(set(id(o) for o in objs)))
print(None is None, type(None)() is None, True is True, ... is Ellipsis)
s = 'text'
print(s is s, id(s) == id(s))
def f():
    pass
print(f is f, id(f) == id(f), f.__call__ is not None)
x = object()
y = x
del x
print(y is not None)
d = {}
key = (1, 2)
d[key] = 'v'
print(next(iter(d)) is key)
l = [a, a]
print(l[0] is l[1])

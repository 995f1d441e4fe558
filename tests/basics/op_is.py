# is and is not compare identity
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
print(None is None)


def f():
    pass


print(f() is None)
g = f
print(g is f)
t = ()
print(t is t)
s = 'abc'
s2 = s
print(s is s2)
class K:
    pass


k1 = K()
k2 = k1
print(k1 is k2, k1 is K(), type(k1) is K)

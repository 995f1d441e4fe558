# default argument values
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


print(f(1))
print(f(1, 5))
print(f(1, 5, 6))
print(f(1, c=9))
print(f(a=4))
print(f(1, b=0, c=0))


def g(x, items=[]):
    items.append(x)
    return items


print(g(1))
print(g(2))
print(g(3, []))
print(g(4))
n = 10


def h(v=n):
    return v


n = 20
print(h())


def k(s='default', t=None):
    if t is None:
        t = []
    t.append(s)
    return t


print(k(), k('x'), k(t=['y']))

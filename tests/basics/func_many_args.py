# functions with many parameters
def f(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(*range(10)))
print(f(j=0, i=1, h=2, g=3, f=4, e=5, d=6, c=7, b=8, a=9))
print(f(1, 2, 3, 4, 5, j='J', i='I', h='H', g='G', f='F'))


def g(a, b=2, c=3, d=4, e=5, *rest, **kw):
    return a + b + c + d + e + sum(rest) + sum(kw.values())


print(g(1), g(1, 1, 1, 1, 1), g(1, 1, 1, 1, 1, 1, 1), g(0, x=100, y=200))
args = list(range(20))
print(g(*args))

def f(a, b, c=3, *args, **kw):
    return a, b, c, args, sorted(kw.items())

print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], *[3, 4]))
print(f(**{'a': 1, 'b': 2}))
print(f(1, **{'b': 2}, **{'z': 26}))
print(f(*'ab', x=1, **{'y': 2}))
print(f(*range(2), c=9))
args = [1, 2]
kw = {'c': 'C', 'd': 'D'}
print(f(*args, **kw))
try:
    f(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print(type(e).__name__)
try:
    f(1, 2, **{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__)
def g(*a):
    return a
print(g(*[], *()))
print(g(*{'k': 1}))
print(g(*iter([1, 2]), 3))
def h(**k):
    return sorted(k)
print(h(**{'a': 1}, b=2, **dict(c=3)))
print(print(*[1, 2, 3], sep='-'))
def gen():
    yield 1
    yield 2
print(g(*gen()))

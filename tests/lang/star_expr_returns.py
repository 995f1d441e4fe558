def f():
    rest = [2, 3]
    return 1, *rest
print(f())
def g():
    yield 0, *range(3)
    yield *'ab', 'c'
print(list(g()))
def h(*args):
    return [*args, *args[::-1]]
print(h(1, 2))
print((*'xy', *[1]), [*range(2), *{'k': 0}])
t = *range(3),
print(t)
for x in *[1, 2], 3:
    print(x)
print(max(*[3, 9, 2]), min(*'zab'))
a, *b = *'hi', *'yo'
print(a, b)
print({*range(3), *'ab'} == {0, 1, 2, 'a', 'b'})
def kw(**k):
    return sorted(k.items())
print(kw(**{'a': 1}, **dict(b=2)))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [*[*nested]])
print(*[f'{i}' for i in range(3)])

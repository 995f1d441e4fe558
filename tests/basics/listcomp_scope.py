# comprehension variables do not leak; comprehensions see enclosing names
x = 'outer'
squares = [x * 2 for x in range(3)]
print(squares, x)


def f(n):
    factor = 10
    return [i * factor + n for i in range(3)]


print(f(1))


def g():
    items = [1, 2, 3]
    return [v for v in items if v in items[1:]]


print(g())
k = 5
print([k + i for i in range(3)])
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs2])

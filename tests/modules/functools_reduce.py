# functools.reduce: folding with and without an initial value, and its errors.
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(lambda a, b: b + a, 'hello'))
print(reduce(max, iter([3, 9, 2])), reduce(pow, [2, 3, 2]))
steps = []
def f(a, b):
    steps.append((a, b))
    return a - b
print(reduce(f, (10, 1, 2), 100), steps)

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: reduce(lambda a, b: a + b, []))
err(lambda: reduce(lambda a, b: a + b, iter(())))
err(lambda: reduce(lambda a, b: a + b, 1))
err(lambda: reduce(lambda a, b: a + b))
err(lambda: reduce())
err(lambda: reduce(lambda a, b: a + b, [1], 2, 3))
err(lambda: reduce(function=len, iterable=[1]))
err(lambda: reduce(1, [1, 2]))
err(lambda: reduce(lambda a, b: a + b, [1, 'x']))
def boom(a, b):
    raise KeyError(b)
err(lambda: reduce(boom, [1, 2]))

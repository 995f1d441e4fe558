# itertools: count, cycle and repeat: values, reprs, laziness and argument errors.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(1, 1.5), 3)))
print(list(islice(count(start=3, step=10), 3)))
print(list(islice(count(1j, 1), 2)))
big = 2 ** 62
print(list(islice(count(big - 2), 4)))
print(list(islice(count(-big, -big), 3)))
print(repr(count(5)), repr(count(0, 2)), repr(count()), repr(count(1.0)), repr(count(1, 1.0)))
print(repr(count(-3, -1)), repr(count(0, True)), repr(count(10 ** 20, 3)))
c = count(7)
next(c)
next(c)
print(repr(c), next(c), repr(c))
c = count(1.5, 0.5)
next(c)
print(repr(c))
print(iter(c) is c, type(c).__name__)

print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
print(list(cycle('')))
calls = []
def gen():
    for i in range(3):
        calls.append(i)
        yield i
c = cycle(gen())
print(calls, next(c), calls)
print([next(c) for _ in range(7)], calls)

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)))
print(list(islice(repeat(None), 4)))
print(repr(repeat('a')), repr(repeat('a', 3)), repr(repeat(1, -2)))
r = repeat([1], 2)
print(next(r) is next(r), list(r), repr(r))
print(repeat(5, 4).__length_hint__())
r = repeat(5, times=2)
next(r)
print(r.__length_hint__(), list(map(pow, range(4), repeat(2))))
print(repr(repeat(object=2, times=1)))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: count('a'))
err(lambda: count(1, 'a'))
err(lambda: count(None))
err(lambda: count(1, 2, 3))
err(lambda: count(x=1))
err(lambda: count(1, start=2))
err(lambda: cycle())
err(lambda: cycle(1))
err(lambda: cycle([1], [2]))
err(lambda: cycle(iterable=[1]))
err(lambda: repeat())
err(lambda: repeat(1, 'a'))
err(lambda: repeat(1, 2.0))
err(lambda: repeat(1, None))
err(lambda: repeat(1, 2, 3))
err(lambda: repeat(1, x=2))
err(lambda: repeat(1).__length_hint__())

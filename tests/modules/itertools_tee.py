# itertools.tee: independent iterators over one source, read lazily, and copies of tees.
from itertools import tee, count, islice

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee('abcd', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('ab', 0), len(tee('ab', 1)), [list(t) for t in tee('ab', 1)])
print(list(tee(iter([]))[0]))

# The source is read only as far as the leading iterator.
reads = []
def src():
    for i in range(5):
        reads.append(i)
        yield i
a, b = tee(src())
print(reads, next(a), next(a), reads, next(b), reads)
print(list(b), reads, list(a))

a, b = tee(count())
print(list(islice(a, 3)), list(islice(b, 5)), next(a))

# A tee is copied, not wrapped: tee of a tee shares its position.
a, b = tee(range(5))
next(a)
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
a, = tee('xyz', 1)
e = a.__copy__()
print(next(a), next(e), list(a), list(e))
print(type(a).__name__, iter(a) is a)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: tee([1], -1))
err(lambda: tee([1], 'a'))
err(lambda: tee(1))
err(lambda: tee())
err(lambda: tee([1], 1, 2))
err(lambda: tee(iterable=[1, 2]))

# Across many items: iterators at different places, copies made midway, all agree.
a, b, c = tee(range(100), 3)
first = [next(a) for _ in range(40)]
d = a.__copy__()
second = [next(b) for _ in range(17)]
rest_a, rest_d = list(a), list(d)
print(first[-1], second[-1], rest_a == rest_d == list(range(40, 100)), list(c) == list(range(100)))
print(list(b) == list(range(17, 100)), list(a), list(d))
x, y = tee(iter(range(1000)))
total = 0
for i, (p, q) in enumerate(zip(x, y)):
    total += p - q
print(total, list(x), list(y))
x, y = tee(range(50))
print(sum(x), sum(y), sum(x))

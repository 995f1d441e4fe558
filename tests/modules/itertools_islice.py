# itertools.islice: start/stop/step with None, how far it reads, and its argument errors.
import sys
from itertools import islice, count

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABCDEFG', None, None)))
print(list(islice('ABCDEFG', None, 3, None)), list(islice('ABC', 5, 10)))
print(list(islice(range(20), 3, 17, 4)), list(islice(range(20), 1, 2, 100)))
print(list(islice(count(), 0)), list(islice(count(), 3, 3)), list(islice(count(), 5, 2)))
print(list(islice(count(), 10, 20, 3)))
print(list(islice('abc', True)), list(islice('abc', sys.maxsize)))
print(list(islice(range(10), 2, sys.maxsize, sys.maxsize)))

class Idx:
    def __index__(self):
        return 2
print(list(islice('abcdef', Idx(), None, Idx())))

# It reads no further than it must.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 3)), next(it), list(islice(it, 0, 2, 2)), next(it))
s = islice(count(), 2)
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print('stop')
print(type(s).__name__, iter(s) is s)

def err(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: islice([1]))
err(lambda: islice())
err(lambda: islice([1], 1, 2, 3, 4))
err(lambda: islice([1], -1))
err(lambda: islice([1], 'a'))
err(lambda: islice([1], 1.0))
err(lambda: islice([1], sys.maxsize + 1))
err(lambda: islice([1], -1, 3))
err(lambda: islice([1], 1, -3))
err(lambda: islice([1], 'a', 3))
err(lambda: islice([1], 1, 3, 0))
err(lambda: islice([1], 1, 3, -1))
err(lambda: islice([1], 1, 3, 'a'))
err(lambda: islice(1, 1))
err(lambda: islice(1, -1))
err(lambda: islice([1], stop=1))

# Which message each bad argument gets depends on the argument and its value, as in CPython.
for a in [(-3,), (-1,), (10 ** 30,), (-10 ** 30,), (-1, 3, 0), (1, -5, 0), (1, 'a', 0), ('a', 3, 0),
          (10 ** 30, 3), (1, 10 ** 30), (1, 3, 10 ** 30), (1, 3, -10 ** 30), (1, -1, 'x'),
          (None, None, None), (-1, -1), (0, -1), (None, -1), (-2, None), (None, 2, -1),
          (None, -2, 0)]:
    try:
        print(a, list(islice([1, 2, 3], *a)))
    except ValueError as e:
        print(a, str(e).split()[0])

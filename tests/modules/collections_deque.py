# collections.deque: both ends, maxlen, indexing, rotation, comparisons and errors.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft('ab')
print(d)
print(list(d), list(reversed(d)), 3 in d, 'z' in d)

# Growing past the initial capacity, from both ends.
big = deque()
for i in range(50):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[50], sum(big))
for i in range(45):
    big.pop()
    big.popleft()
print(big)

# maxlen drops from the other end.
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(8)
print(m)
m.extend([1, 2])
print(m)
m.extendleft([7])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

# rotate
r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(14)
print(r)
r.rotate(-100)
print(r)

# count, index, insert, remove, reverse, copy, clear
c = deque('abcabca')
print(c.count('a'), c.index('b'), c.index('b', 2), c.index('a', -3), c.index('c', 0, 3))
c.insert(1, 'X')
c.insert(-1, 'Y')
c.insert(100, 'Z')
print(c)
c.remove('a')
print(c)
c.reverse()
print(c)
cc = c.copy()
cc.append('new')
print(c == cc, len(c), len(cc), type(cc).__name__)
c[0] = 'first'
del c[1]
print(c)
c.clear()
print(c, len(c))

# comparisons and arithmetic
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque('ab'))
print(deque([1, 2], maxlen=3) + deque([3, 4]))
a = deque([1])
a += [2, 3]
a *= 2
print(a)
print(deque(maxlen=4) * 3, deque([1, 2, 3], maxlen=4) * 2)

# repr of subclasses and of a deque inside itself
class Q(deque):
    pass

q = Q([1, 2], 5)
print(q, type(q.copy()).__name__, isinstance(q, deque))
s = deque([1])
s.append(s)
print(s)

# re-init and iteration
d = deque([1, 2, 3])
d.__init__([9])
print(d)
print([x * 2 for x in deque(range(5))], sorted(deque([3, 1, 2])))
print(deque('hello', 3), deque(iter([1, 2])), deque(d for d in range(3)))

# errors
def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

err(deque().pop)
err(deque().popleft)
err(deque([1]).__getitem__, 5)
err(deque([1]).__getitem__, -2)
err(lambda: deque([1])['a'])
err(deque([1]).__setitem__, 3, 0)
err(deque([1]).__delitem__, 3)
err(deque([1, 2]).index, 9)
err(deque([1, 2]).remove, 9)
err(deque, [1], -1)
err(deque, [1], 'x')
err(deque, 1)
err(deque([1], maxlen=1).insert, 0, 2)
err(lambda: deque([1]) + [2])
# CPython names the type 'collections.deque' in these messages (see docs/differences.md).
for f in (lambda: hash(deque()), lambda: deque([1]) < [2]):
    try:
        f()
    except TypeError:
        print('TypeError')
it = iter(deque([1, 2, 3]))
dd = deque([1, 2, 3])
it = iter(dd)
next(it)
dd.append(4)
err(next, it)
try:
    deque([1]).maxlen = 3
except AttributeError:
    print('AttributeError maxlen')

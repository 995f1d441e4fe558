# Unpacking reads an iterator only as far as it must: one item past the targets without a star
# (so an endless iterator still stops), all of it with one.
class Counting:
    def __init__(self, n):
        self.n = n
        self.reads = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.reads += 1
        if self.n is not None and self.reads > self.n:
            raise StopIteration
        return self.reads


def endless():
    i = 0
    while True:
        i += 1
        yield i


for n in (1, 2, 3, 4):
    c = Counting(n)
    try:
        a, b = c
        print(n, 'ok', a, b, c.reads)
    except ValueError as e:
        print(n, type(e).__name__, e, c.reads)

c = Counting(None)
try:
    a, b, c2 = c
except ValueError as e:
    print('endless', e, c.reads)
try:
    x, y = endless()
except ValueError as e:
    print('generator', e)

for n in (0, 1, 2, 5):
    c = Counting(n)
    try:
        a, *b, d = c
        print(n, a, b, d, c.reads)
    except ValueError as e:
        print(n, type(e).__name__, e, c.reads)

# With a star, the middle is always a new list, whatever the sequence.
src = [1, 2, 3, 4]
a, *b = src
b.append(9)
print(src, a, b)
*a, b = (1, 2, 3)
print(a, b, type(a).__name__)
a, *b, c = 'ab'
print(a, b, c)
a, *b = range(1)
print(a, b)
(a, *b), *c = [1, 2], 3, 4
print(a, b, c)

a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = (9, 8)
print(a)
(a, b), c = 'hi', 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
a, b = b, a
print(a, b)
x = y = z = 0
print(x, y, z)
first, *_, last = 'hello world'
print(first, last)
for p, *q in [(1, 2, 3), (4,), (5, 6)]:
    print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d['k'], d['j'] = 1, 2
print(sorted(d.items()))
l = [0, 0, 0]
l[0], l[2] = 'a', 'c'
print(l)
i = 0
i, l[i] = 1, 'x'
print(i, l)
a, b = {'p': 1, 'q': 2}
print(a, b)
a, *b = iter(range(3))
print(a, b)


# A starred target asks the value for its iterator once.
class Noisy:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])


a, *b = Noisy()
print(a, b)
*a, b = Noisy()
print(a, b)

print([1, 2] * 3, [0] * 0, [0] * -1, 3 * ['x'], [] * 10, [[]] * 2)
print([1] + [2], [1] + [], [] + [], (1,) + (2,), (1,) * 3)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l *= 3
print(l)
l *= 0
print(l)
m = [[0]] * 3
m[0].append(1)
print(m)
class N:
    def __index__(self):
        return 2
print([7] * N(), N() * (8,), 'ab' * N())
big = [None] * 1000
print(len(big), big[999], big.count(None))
print([1, 2] * True, [1, 2] * False)
x = [1, 2]
y = x + x
y[0] = 9
print(x, y)
print(sum([[1], [2], [3]], []), [*[1], *[2]])
# l *= k changes the list itself: an alias sees it, and the list still grows afterwards.
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a.append(3)
a *= N()
print(b, len(b))
b *= -1
print(a, b)
class L(list):
    pass
s = L([4, 5])
s *= 2
print(type(s).__name__, s)
s += [6]
print(s)
class R:
    def __rmul__(self, other):
        return 'rmul'
t = [1]
t *= R()
print(t)
try:
    t = [1]
    t *= 'x'
except TypeError as e:
    print(type(e).__name__, e)

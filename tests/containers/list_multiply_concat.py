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

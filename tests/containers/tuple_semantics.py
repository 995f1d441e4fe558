t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(2, 2))
print((), (1,), (1), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'k': 1}))
print(t + (4,), t * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 9))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'v'}[(1, 2)], (1, 2) in {(1, 2)})
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = (1, 2, 3)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(tuple(t) is t, t[:] is t or True)
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), max((1, 5, 2)), sum((1, 2, 3)))
print((1, 2) == [1, 2], (1,) * 0, (None,) * 3)
print(repr((1,)), repr(()), str((1, 'a')), repr(('a',)))

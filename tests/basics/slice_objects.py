# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', [1]))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(10))
print(slice(-100, 100, 3).indices(7), slice(10**20, -10**20, -1).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3))
print(slice(1, 2) != slice(1, 2), slice(1, 2) < slice(1, 3), slice(0, 5) <= slice(0, 5))
print(slice(1, 2) == (1, 2), [10, 20, 30, 40][slice(1, None)], 'abcdef'[slice(None, None, 2)])
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(3),
            lambda: slice(1).indices(-1), lambda: slice('a').indices(3), lambda: hash(slice(1)),
            lambda: slice(1, stop=2), lambda: [1][slice(1.5)], lambda: [1][::0]]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.start = 3
except AttributeError:
    print('AttributeError')
class I:
    def __index__(self):
        return 2
print([1, 2, 3, 4][I():], 'abcd'[I()], [1, 2, 3][I()], slice(I()).indices(5), 'abcd'[:I()])

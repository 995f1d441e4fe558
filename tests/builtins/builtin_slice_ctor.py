print(slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, None), slice('a', 'b', 'c'))
s = slice(2, 8, 3)
print(s.start, s.stop, s.step, s.indices(6), s.indices(100))
print([0, 1, 2, 3, 4, 5, 6, 7, 8][s], 'abcdefghij'[s])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__)
print(slice(1) == slice(None, 1), slice(1, 2) == slice(1, 2, None))
try:
    [1, 2][slice('a', None)]
except TypeError as e:
    print(type(e).__name__, e)
print(slice(None, None, -1).indices(0), slice(5, None, -1).indices(3))

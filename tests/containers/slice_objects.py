s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None), slice(1, None))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(None, None, -2).indices(7), slice(10, -10, -3).indices(6))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(10))
print(l[s], l[slice(None, None, -3)], 'abcdef'[slice(2, None)], (1, 2, 3)[slice(1, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3))
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1:2], i[::], i[:5], i[1:2:3], i[1:2, 3], i[..., 1], i[:, None])
print(type(i[1:2]).__name__, i[::].start, i['a':'b'])
try:
    hash(slice(1, 2))
    print('hashable slice (3.12+)')
except TypeError as e:
    print(type(e).__name__)
print(list(range(20))[slice(*s.indices(20))] == list(range(20))[s])
print(l[slice(2, 8)][::-1], l[2:8][::-1] == l[7:1:-1])
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)

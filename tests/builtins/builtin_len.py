print(len(''), len('abc'), len([1, 2]), len(()), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(b'ab'), len(frozenset()))
print(len('😀'), len(range(0, 100, 3)), len({}.keys()), len({'a': 1}.items()), len([[]] * 5))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad_len in (-1, 'x', 1.5, 2 ** 100):
    class B:
        def __len__(self, v=bad_len):
            return v
    try:
        print(len(B()))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad_len) if bad_len != 2 ** 100 else 'huge', type(e).__name__)
class I:
    def __index__(self):
        return 3
class LI:
    def __len__(self):
        return I()
print(len(LI()))
class T(int):
    pass
class LT:
    def __len__(self):
        return T(4)
print(len(LT()), type(len(LT())).__name__)
for bad in (5, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__)

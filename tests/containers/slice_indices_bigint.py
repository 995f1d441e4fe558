# slice.indices() on lengths and bounds of any size, with CPython's clamping and errors.
def show(sl, n):
    try:
        print(sl, n, sl.indices(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(sl, n, type(e).__name__, e)

class I:
    def __repr__(self):
        return "I()"
    def __index__(self):
        return 3
big = 2 ** 100
for sl in [slice(None), slice(1, 2, 3), slice(None, None, -1), slice(-100, 100, 2), slice(-3, None),
           slice(5, 1, -2), slice(0, 10, 0), slice(big), slice(-big, big), slice(None, None, big),
           slice(None, None, -big), slice(big, -big, -1), slice(I(), I(), I()), slice(1.5),
           slice(None, 'a'), slice(None, None, 'x'), slice(True, False), slice(-1, -1, -1)]:
    for n in [0, 1, 5, big, -1, I(), 2.0, True]:
        show(sl, n)

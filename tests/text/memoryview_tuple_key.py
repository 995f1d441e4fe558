# A tuple key on a one-dimensional memoryview: a 1-tuple of an index is that index; other
# tuples give CPython's errors.
m = memoryview(b'abc')
mb = memoryview(bytearray(b'abc'))
keys = [(1, 2), (), (1,), (-1,), (True,), (5,), (slice(1),), (slice(1), slice(2)), (1, slice(1)), ('a',)]
for k in keys:
    for view in [m, mb]:
        try:
            print(view[k])
        except (TypeError, NotImplementedError, IndexError) as e:
            print(type(e).__name__, e)
        try:
            view[k] = 120
            print(view.tobytes())
        except (TypeError, NotImplementedError, IndexError, ValueError) as e:
            print(type(e).__name__, e)

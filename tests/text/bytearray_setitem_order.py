# bytearray item and slice assignment check the key before the value, and the value before the
# index's range, as CPython 3.11 does.
keys = [10, 0, -10, 1.5, 2 ** 70, None, 'a', slice(None, 1.5), slice(None, None, 0), slice('a'),
        slice(0, 2), slice(0, 3, 2)]
for k in keys:
    for v in [120, 300, 'x', None, [7, 8], b'xy']:
        b = bytearray(b'abc')
        try:
            b[k] = v
            print(repr(k), repr(v), b)
        except (TypeError, ValueError, IndexError) as e:
            print(repr(k), repr(v), type(e).__name__, e)
    b = bytearray(b'abc')
    try:
        del b[k]
        print('del', repr(k), b)
    except (TypeError, ValueError, IndexError) as e:
        print('del', repr(k), type(e).__name__, e)

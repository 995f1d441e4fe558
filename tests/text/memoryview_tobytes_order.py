# memoryview.tobytes(order=...) checks its argument; suboffsets is an empty tuple.
m = memoryview(b'ab')
for o in ['C', 'F', 'A', None, 'X', 'CC', 1]:
    try:
        print(m.tobytes(o), m.tobytes(order=o))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for a, k in [(('C', 1), {}), ((), {'x': 1}), (('C',), {'order': 'C'})]:
    try:
        print(m.tobytes(*a, **k))
    except TypeError as e:
        print('TypeError', e)
print(m.suboffsets, m[::-1].tobytes('F'), memoryview(bytearray(b'xyz'))[1:].tobytes(order='A'))
try:
    m.suboffsets = 1
except AttributeError as e:
    print('AttributeError', e)

# Not implemented yet (docs/differences.md): memoryviews are byte views ('B') of bytes and
# bytearray only: no cast(), no views of other buffer types.
m = memoryview(bytearray(b'abcd'))
print(m.format, m.itemsize, m.nbytes, m[0], bytes(m[1:3]))
try:
    m.cast('H')
except AttributeError as e:
    print('AttributeError', e)
try:
    memoryview(array_like := [1, 2, 3])
except TypeError as e:
    print('TypeError', e)

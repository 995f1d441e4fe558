# sum() refuses a str, bytes or bytearray start, pointing at join() instead.
for start in ['', 'x', b'', bytearray(), bytearray(b'a'), [], (), 0, 0.5]:
    try:
        print(repr(sum([], start)))
    except TypeError as e:
        print(type(start).__name__, 'TypeError', e)
try:
    sum([bytearray(b'x')], start=bytearray())
except TypeError as e:
    print('TypeError', e)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.5, 1], 0.25))

# Argument types of splitlines, hex and startswith, checked as CPython does.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for obj in ['a\nb', b'a\nb', bytearray(b'a\nb')]:
    for k in [True, 0, 2, None, 'x', 1.5, [1], 2 ** 40]:
        show(obj.splitlines, k)
for obj in [b'abc', bytearray(b'abc'), memoryview(b'abc')]:
    for a in [(None, None), (None, 'x'), (0, None), (':', 1.5), ('::', 'x'), (1, 2)]:
        show(obj.hex, *a)
for obj in ['abc', b'abc', bytearray(b'abc')]:
    for m in [obj.startswith, obj.endswith]:
        show(m, (1,))
        show(m, ('a', 1))
        show(m, (b'a', 'a'))

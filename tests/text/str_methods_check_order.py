# Which argument a str or bytes method complains about first, as in CPython: find's start and
# end before the substring, encode's encoding before errors, maketrans' later arguments before
# the first; removeprefix on bytes wants a bytes-like object.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for obj in ['abc', b'abc', bytearray(b'abc')]:
    for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
        show(getattr(obj, name), 1, 'y', 'z')
        show(getattr(obj, name), 1, 0, 3)
    show(obj.removeprefix, 1)
    show(obj.removesuffix, None)
show('abc'.encode, 1, 2)
show('abc'.encode, 'ascii', 2)
for a in [(1, 'a'), (1, 2), ('a', 1), ('a', 'b', 1), (1, 'a', 'b'), ('a',), (1,), ('ab', 'c')]:
    show(str.maketrans, *a)
print(str.maketrans('ab', 'cd', 'e'))

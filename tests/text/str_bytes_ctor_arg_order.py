# str(), bytes() and bytearray() check encoding and errors before the object; join() of a
# non-iterable says "can only join an iterable".
# str(), bytes() and bytearray() check the encoding and errors arguments before the object.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)

for f in [str, bytes, bytearray]:
    print(f.__name__)
    show(f, 1, 2)
    show(f, 1, 'utf-8')
    show(f, 'a', 2)
    show(f, 'a', 'ascii', 2)
    show(f, b'a', 2)
    show(f, b'a', 'ascii', 2)
    show(f, b'a', errors=2)
    show(f, 'a', encoding='utf-8', errors=None)
    show(f, 1, errors='x')
    show(f, 'a', 'utf-8')
    show(f, b'a', 'bogus')
    show(f, 'a', errors='strict')
    show(f, [1], 'ascii')
for f in [''.join, b''.join, bytearray().join]:
    for it in [1, None, 2.5, iter([])]:
        show(f, it)
def gen():
    yield 'a'
    raise TypeError('inside')
show(''.join, gen())

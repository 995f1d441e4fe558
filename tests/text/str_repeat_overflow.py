# Repeating a str or bytes past the largest index is an OverflowError; one too big for memory
# is a MemoryError.
def show(f):
    try:
        r = f()
        print(len(r))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

big = 2 ** 62
show(lambda: 'ab' * big)
show(lambda: big * 'abc')
show(lambda: '\xe9\xe9' * big)
show(lambda: b'ab' * big)
show(lambda: 'a' * 2 ** 63)
show(lambda: '' * 2 ** 63)
show(lambda: 'ab' * -2 ** 63)
show(lambda: 'ab' * 3)
def inplace():
    x = 'xy'
    x *= big
    return x
show(inplace)

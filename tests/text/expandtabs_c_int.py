# expandtabs' tabsize (and bytes.hex's bytes_per_sep) is a C int: outside 32 bits it overflows.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

for t in ['a\tb', b'a\tb', bytearray(b'a\tb')]:
    show(t.expandtabs, 2 ** 31)
    show(t.expandtabs, -2 ** 31)
    show(t.expandtabs, -2 ** 31 - 1)
    show(t.expandtabs, 2 ** 100)
    show(t.expandtabs, 1.5)
    show(t.expandtabs, True)
    show(t.expandtabs, 3)
show('ab'.expandtabs, 2 ** 31 - 1)
show(b'abcd'.hex, ':', 2 ** 31)
show(b'abcd'.hex, ':', -2 ** 31)

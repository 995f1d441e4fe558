# Too many arguments in all is reported before an unknown keyword, naming keywords when no
# argument is positional (CPython's argument clinic).
calls = [
    lambda: str(object=1, encoding='a', errors='b', x=1),
    lambda: bytes(source=1, encoding='a', errors='b', x=1),
    lambda: bytearray(source=1, encoding='a', errors='b', x=1),
    lambda: bytearray(1, 'a', 'b', 'c'),
    lambda: bytearray(1, 'a', 'b', x=1),
    lambda: 'a'.split(sep=1, maxsplit=2, x=3),
    lambda: 'a'.split(1, 2, 3),
    lambda: 'a'.split(1, maxsplit=2, x=3),
    lambda: 'a'.split(1, x=3),
    lambda: 'a'.encode(encoding='a', errors='b', x=1),
    lambda: b'a'.decode(encoding='a', errors='b', x=1),
    lambda: 'a'.expandtabs(tabsize=1, x=2),
    lambda: 'a'.splitlines(keepends=1, x=1),
    lambda: b''.hex(sep=1, bytes_per_sep=2, x=3),
    lambda: memoryview(b'').tobytes(order='C', x=1),
    lambda: memoryview(b'').tobytes('C', x=1),
    lambda: memoryview(object=b'', x=1),
    lambda: memoryview(b'', x=1),
    lambda: memoryview(b'', b''),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

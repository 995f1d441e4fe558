# An argument given both by position and by name is reported before an unknown keyword, whatever
# the order of the keywords (CPython's argument clinic and getargs).
calls = [
    lambda: str(b'x', foo=1, object=1),
    lambda: str(b'x', object=1, foo=1),
    lambda: bytes(b'x', foo=1, source=1),
    lambda: 'a b'.split(' ', foo=1),
    lambda: 'a b'.split(' ', sep=' '),
    lambda: 'a b'.rsplit(' ', **{'sep': ' '}),
    lambda: 'a b'.split(**{'sep': ' ', 'maxsplit': 0}),
    lambda: 'a'.encode('ascii', foo=1),
    lambda: 'a'.encode('ascii', encoding='ascii'),
    lambda: b'a'.decode('ascii', errors='strict'),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

# Argument-type errors name None as "None" (not "NoneType"), as CPython's argument parsing does.
calls = [
    lambda: format(1, None),
    lambda: (1).__format__(None),
    lambda: (1.5).__format__(None),
    lambda: 'a'.__format__(None),
    lambda: (1j).__format__(None),
    lambda: (1).to_bytes(1, None),
    lambda: 'a'.replace(None, 'b'),
    lambda: 'a'.replace('a', None),
    lambda: 'a'.encode(None),
    lambda: 'a'.encode('ascii', None),
    lambda: b'a'.decode(None),
    lambda: 'a'.removeprefix(None),
    lambda: 'a'.removesuffix(None),
    lambda: b'a'.center(3, None),
    lambda: bytearray(b'a').ljust(3, None),
    lambda: str.maketrans('a', None),
    lambda: bytes.fromhex(None),
    lambda: bytearray.fromhex(None),
    lambda: str(b'a', None),
    lambda: bytes('a', None),
    lambda: bytearray('a', 'ascii', None),
    lambda: 'a'.count(None),
    lambda: 'a'.find(None),
    lambda: 'a'.join([None]),
    lambda: format(1, 5),
    lambda: 'a'.replace(1, 'b'),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

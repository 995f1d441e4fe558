# The encoding and errors arguments of str(), bytes(), str.encode and bytes.decode: their types
# are checked first, even when the object is missing.
tests = [
    lambda: str(encoding=5), lambda: str(errors=5), lambda: str(encoding='utf-8'),
    lambda: str(errors='strict'), lambda: str(5, errors=3), lambda: str('a', 'utf-8'),
    lambda: str(5, 'utf-8'), lambda: str(b'ab', encoding='ascii'), lambda: str(b'a\xe9', 'ascii', 'x'),
    lambda: str(object=b'ab', errors='strict'), lambda: str(b'ab', 'utf-8', 'strict', 1),
    lambda: str(b'ab', encodin='utf-8'), lambda: str(b'a', 'utf-8', encoding='ascii'),
    lambda: bytes(encoding=5), lambda: bytes(errors='x'), lambda: bytes(encoding='x'),
    lambda: bytes(3, errors='x'), lambda: bytes('a', errors='x'), lambda: bytes('é', 'ascii', 'x'),
    lambda: bytes('é', 'latin-1'), lambda: bytes(source='é', encoding='utf-8', errors=None),
    lambda: bytes(bytearray(b'ab')), lambda: bytes(memoryview(b'ab')), lambda: bytes(3),
    lambda: bytes([1, 2]), lambda: bytes(), lambda: bytes(None),
    lambda: 'é'.encode(5), lambda: 'é'.encode('ascii', 5), lambda: 'é'.encode(errors='ignore'),
    lambda: 'é'.encode(encoding='ascii', errors='replace'), lambda: 'é'.encode('ascii', 'x', 1),
    lambda: 'é'.encode(encodin='ascii'), lambda: b'\xe9'.decode(5), lambda: b'\xe9'.decode(errors=5),
    lambda: b'\xe9'.decode('latin-1'), lambda: b'\xe9'.decode(encoding='ascii', errors='replace'),
    lambda: bytearray(b'\xc3\xa9').decode(), lambda: b'\xe9'.decode('ascii', 'strict', 1),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
print(repr(bytes(B(b'xy'))), type(bytes(B(b'xy'))).__name__)

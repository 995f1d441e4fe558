print(bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytes('é', 'latin-1'), bytes([65, 66]), bytes((67,)), bytes(range(3)))
print(bytes(x for x in [72, 105]), bytes(b'copy'), bytes(memoryview(b'mv')) if False else 'skip', bytes(0))
print(list(b'abc'), tuple(b'\x00\xff'), set(b'aab') == {97, 98}, dict.fromkeys(b'ab'))
print(b'abc'.decode(), str(b'abc', 'utf-8'), b'abc'.decode('ascii').upper().encode())
print('é'.encode() == b'\xc3\xa9', 'é'.encode('latin-1') == b'\xe9', b'\xc3\xa9'.decode() == 'é')
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(['a'])
except TypeError as e:
    print(type(e).__name__)
try:
    bytes(3.0)
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex('41 42 43').decode(), b'ABC'.hex(), int.from_bytes(b'AB', 'big'))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))

# bytes.__bytes__ (new in 3.11), and bytes() calling a subclass's __bytes__ first.
class B(bytes):
    pass
class D(bytes):
    def __bytes__(self):
        return b'from D'
for b in [b'abc', B(b'xyz'), D(b'q')]:
    w = b.__bytes__()
    print(type(w).__name__, w, bytes(b), type(bytes(b)).__name__, b'%s' % b)
print(bytes.__bytes__(b'x'), hasattr(bytes, '__bytes__'), hasattr(bytearray, '__bytes__'))
try:
    bytes.__bytes__(1)
except TypeError as e:
    print('TypeError', e)
print(int.from_bytes(B(b'\x01\x02')), bytes(memoryview(B(b'mv'))))

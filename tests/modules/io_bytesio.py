# io.BytesIO: the bytes counterpart of StringIO.
import io

b = io.BytesIO(b'line1\nline2\nrest')
print(b.read(2), b.tell(), b.readline(), b.readline(3), b.readline())
print(b.read(), b.read(), b.tell())
print(b.seek(0), b.readlines())
print(b.seek(-4, 2), b.read())
print(b.seek(-100, 1), b.tell())
b.seek(0)
print(list(b))

b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'fg')), b.getvalue())
b.seek(1)
b.write(b'XY')
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b.writelines([b'1', b'2'])
print(b.getvalue())

b = io.BytesIO(b'0123456789')
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(3), b.tell())
print(bytes(b.getbuffer()))
print(b.readable(), b.writable(), b.seekable())
with io.BytesIO(b'x') as b:
    print(b.read(), b.closed)
print(b.closed)
print(type(b).__name__, io.BytesIO(initial_bytes=b'kw').getvalue(), io.BytesIO(bytearray(b'ba')).getvalue())
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)
try:
    io.BytesIO(b'a').seek(-1)
except ValueError as e:
    print('ValueError', e)

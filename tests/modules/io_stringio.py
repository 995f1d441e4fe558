# io.StringIO: reading, writing, positions in characters, newline handling.
import io

s = io.StringIO('hello\nwörld\nlast')
print(s.read(3), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(2)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.read()))
print(s.seek(0), s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(8))

s = io.StringIO()
print(s.write('abc'), s.write('é€😀'), s.tell(), repr(s.getvalue()))
print(s.seek(1), s.write('XY'), repr(s.getvalue()), s.tell())
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR))
s.seek(10)
s.write('!')
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.writelines(['1', '2', '3'])
print(repr(s.getvalue()))

# The newline argument.
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline=None)
s.write('x\r\ny\rz\n')
print(repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()))

with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
print(type(s).__name__, type(s).__module__, io.StringIO.__name__)
print(repr(io.StringIO().read()), repr(io.StringIO('abc').read(0)), repr(io.StringIO('abc').read(-1)))
print(io.StringIO(initial_value='kw').getvalue(), io.StringIO(None).getvalue() == '')
s = io.StringIO('abc')
s.read()
print(repr(s.read()), repr(s.readline()), s.readlines())
print(next(io.StringIO('n1\nn2')))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
# readlines(hint) stops once the lines read exceed the hint.
for hint in [0, 1, 2, 3, 4, 5, -1]:
    print(hint, io.StringIO('a\nb\nc\n').readlines(hint), io.BytesIO(b'a\nb\nc\n').readlines(hint))
# Reading or writing nothing past the end moves nothing and pads nothing.
s = io.StringIO('abc')
s.seek(10)
print(repr(s.read()), s.tell(), s.write(''), s.tell(), repr(s.getvalue()), s.seek(0, 2))
b = io.BytesIO(b'abc')
b.seek(10)
print(b.read(), b.readline(), b.tell(), b.write(b''), b.getvalue(), b.truncate(), b.getvalue())

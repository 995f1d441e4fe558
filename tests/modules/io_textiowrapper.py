# io.TextIOWrapper around a binary stream of the program's: BytesIO, sys.stdout.buffer.
import io
b = io.BytesIO('héllo\r\nwörld\n'.encode())
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t), t.encoding, t.readable(), t.writable())
print(t.readline(), end='')
print(t.readlines())
print(t.buffer is b)
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
w.write('café\nx')
w.flush()
print(out.getvalue())
raw = w.detach()
print(raw is out)
t2 = io.TextIOWrapper(io.BytesIO(b'a\nb'))
print(list(t2))
t2.close()
print(t2.closed)
try:
    io.TextIOWrapper()
except TypeError as e:
    print('TypeError', e)
import sys
w = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
print('flushing first', flush=True)
w.write('via wrapper\n')
w.flush()

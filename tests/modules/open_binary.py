# open() in binary mode: the buffered classes, read/readinto/seek/tell/truncate.
import io
import os

fn = '_open_binary_tmp.bin'
with open(fn, 'wb') as f:
    print(repr(f), f.mode, type(f).__name__, isinstance(f, io.BufferedWriter))
    print(f.write(b'0123456789\n'), f.write(bytearray(b'ab\n')), f.write(memoryview(b'cd')))
    print(f.tell())
with open(fn, 'rb') as f:
    print(repr(f), f.mode, f.name)
    print(f.read(3), f.tell(), f.readline(), f.readline(2), f.read())
    print(f.read(), f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(2))
    f.seek(0)
    print(list(f))
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.read1(2))
    f.seek(0)
    print(f.readlines())
with open(fn, 'r+b') as f:
    print(repr(f), f.mode)
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read(6))
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(fn, 'w+b') as f:
    print(f.mode, f.read())
    f.write(b'abc')
    f.seek(0)
    print(f.read())
with open(fn, 'ab') as f:
    print(f.mode, f.tell())
    f.write(b'def')
with open(fn, 'ab+') as f:
    print(f.mode)
    f.seek(0)
    print(f.read())
with open(fn, 'rb', buffering=0) as f:
    print(repr(f), type(f).__name__, f.read(2), f.read())
with open(fn, 'rb') as f:
    print(f.fileno() > 2, f.readable(), f.writable(), f.seekable())
os.remove(fn)
with open(fn, 'xb') as f:
    print(f.mode, repr(f))
os.remove(fn)
print(os.path.exists(fn))

# open() newline handling: universal newlines on read, translation on write.
import os

fn = '_open_newline_tmp.txt'
with open(fn, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(fn, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(fn) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, 'w', newline=nl) as f:
        f.write('x\ny\r\n')
    with open(fn, 'rb') as f:
        print(repr(nl), f.read())
# A \r\n split across the read-ahead boundary.
with open(fn, 'wb') as f:
    f.write(b'x' * 4095 + b'\r\n' + b'y\r\n')
with open(fn) as f:
    print([len(line) for line in f])
os.remove(fn)

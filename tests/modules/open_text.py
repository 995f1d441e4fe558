# open() in text mode: write, read back in pieces, iterate, append, encodings.
import os

fn = '_open_text_tmp.txt'
with open(fn, 'w') as f:
    print(repr(f), f.mode, f.encoding, f.name, f.closed)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write('héllo\nwörld\nthird\n'))
    f.writelines(['a\n', 'b'])
    print(f.tell())
print(f.closed, repr(f))
with open(fn) as f:
    print(f.readlines())
with open(fn, 'r') as f:
    print(repr(f.read(4)), f.tell(), repr(f.readline()), repr(f.readline(3)))
    for line in f:
        print(repr(line))
    print(repr(f.read()), repr(f.readline()))
with open(fn, 'rt') as f:
    print(repr(f), f.read() == 'héllo\nwörld\nthird\na\nb')
    print(f.seek(0), repr(f.read(1)), f.seek(0, 2), repr(f.read()))
with open(fn, 'a') as f:
    print(f.tell())
    f.write('\nappended')
with open(fn) as f:
    print(f.read().splitlines())
with open(fn, 'r+') as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write('HÉ')
    f.seek(0)
    print(repr(f.read(8)))
with open(fn, 'w+') as f:
    f.write('new\ncontent')
    f.seek(0)
    print(f.readlines())
    print(f.truncate(3), f.seek(0), repr(f.read()))
with open(fn, 'w', encoding='latin-1') as f:
    f.write('café\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='latin-1') as f:
    print(repr(f.read()), f.encoding)
with open(fn, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve')
with open(fn, encoding='ascii') as f:
    print(repr(f.read()))
with open(fn, 'wb') as f:
    f.write(b'ok \xff bad')
with open(fn, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()), f.errors)
try:
    with open(fn, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end)
with open(fn, 'w', encoding='utf-16') as f:
    f.write('wide')
with open(fn, encoding='utf-16') as f:
    print(repr(f.read()))
# A long file, read in chunks across the read-ahead boundaries.
with open(fn, 'w') as f:
    for i in range(2000):
        f.write('line %d é\n' % i)
with open(fn) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(fn) as f:
    n = 0
    while True:
        c = f.read(7)
        if not c:
            break
        n += len(c)
print(n, sum(len(x) for x in lines))
os.remove(fn)
print(os.path.exists(fn))

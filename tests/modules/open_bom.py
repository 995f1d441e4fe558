# open() with encodings that start the file with a byte order mark.
import os
fn = '_open_bom_tmp.txt'
for enc in ['utf-8-sig', 'utf-16', 'utf-32', 'UTF-16', 'utf-16-be']:
    with open(fn, 'w', encoding=enc) as f:
        f.write('ab')
        f.write('cd\n')
    with open(fn, 'rb') as f:
        print(enc, f.read())
    with open(fn, encoding=enc) as f:
        print(repr(f.read()))
    with open(fn, 'a', encoding=enc) as f:
        f.write('ef')
    with open(fn, encoding=enc) as f:
        print(repr(f.read()))
os.remove(fn)

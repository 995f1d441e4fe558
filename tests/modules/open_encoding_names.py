# open() with other spellings of the encodings: the byte order mark is written once, at the
# start, whichever alias names the codec (vm/mod_io.c).
import os
fn = '_open_encoding_names_tmp.txt'
for enc in ['u16', 'UTF16', 'utf_16', 'u32', 'UTF_32', 'utf_8_sig', 'UTF-8-SIG', 'u8', 'UTF8',
            'utf_8', 'latin1']:
    with open(fn, 'w', encoding=enc) as f:
        f.write('aé')
    with open(fn, 'a', encoding=enc) as f:
        f.write('b\n')
    with open(fn, 'rb') as f:
        print(enc, f.read())
    with open(fn, encoding=enc) as f:
        print(repr(f.read()))
os.remove(fn)

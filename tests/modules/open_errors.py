# open() errors: missing files, directories, bad modes and arguments, wrong data types.
import io
import os

fn = '_open_errors_tmp.txt'
try:
    open('_no_such_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('.', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)
with open(fn, 'w') as f:
    f.write('x')
try:
    open(fn, 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
for mode in ['q', 'rw', 'rr', 'r+b+', 'bt', 'b', '', 'U']:
    try:
        open(fn, mode)
        print(mode, 'ok')
    except ValueError as e:
        print(repr(mode), 'ValueError', e)
for kw in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    try:
        open(fn, 'rb', **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    open(fn, 'r', buffering=0)
except ValueError as e:
    print('ValueError', e)
try:
    open(fn, newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(fn, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    open(1.5)
except TypeError as e:
    print('TypeError', e)
f = open(fn, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    f.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
f.close()
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)
f = open(fn, 'r')
try:
    f.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.seek(1, 1)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    f.seek(-1, 2)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
f = open(fn, 'rb')
try:
    f.write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
f = open(fn, 'wb')
try:
    f.write('str')
except TypeError as e:
    print('TypeError', e)
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
for op in [lambda: f.write(b'x'), lambda: f.seek(0), lambda: f.flush()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
os.remove(fn)

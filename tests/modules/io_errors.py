# Errors of the io streams: closed streams, unsupported operations, wrong types.
import io

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)

s = io.StringIO('abc')
s.close()
s.close()
for op in [lambda: s.read(), lambda: s.write('x'), lambda: s.getvalue(), lambda: s.tell(),
           lambda: s.seek(0), lambda: s.readline(), lambda: list(s), lambda: s.readable()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
b = io.BytesIO(b'abc')
b.close()
for op in [lambda: b.read(), lambda: b.write(b'x'), lambda: b.getvalue()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO('x', newline='z')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO('abc')
for args in [(1, 1), (1, 2), (-1,)]:
    try:
        s.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.seek(0, 3)
except ValueError as e:
    print('ValueError', e)

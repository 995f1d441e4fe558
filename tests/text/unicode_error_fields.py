# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start, end and reason, and
# their message is built from those fields (also when the program constructs one itself).
cases = [lambda: b'\xff'.decode('utf-8'), lambda: b'ab\xe2\x82'.decode('utf-8'),
         lambda: b'a\xc3(x'.decode(), lambda: b'\x80abc'.decode('ascii'),
         lambda: 'é'.encode('ascii'), lambda: 'a€b'.encode('latin-1'),
         lambda: 'x😀'.encode('ascii'), lambda: 'aéé€'.encode('ascii'),
         lambda: '\udc80'.encode('utf-8')]
for c in cases:
    try:
        c()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
        print(' ', e)
        print(' ', len(e.args), isinstance(e, ValueError))
e = UnicodeDecodeError('utf-16', b'\x00\x01\x02', 1, 3, 'truncated data')
print(e, e.start, e.object, repr(e)[:19])
e = UnicodeEncodeError('koi8', 'abc', 0, 1, 'nope')
print(e, e.end)
try:
    raise UnicodeDecodeError('x', b'y', 0, 1, 'z')
except ValueError as err:
    print(type(err).__name__, err.args)

# binascii: b2a_qp (quotetabs, istext, header) and a2b_qp (header): quoting rules, soft line
# breaks at 76 columns, line ends and blanks before them.
try:
    import binascii
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'abc', b'a=b', b'a b', b'a b ', b'a\tb\t', b'a \nb', b'a \r\nb', b'.\n', b'.',
           b'a.\n', b'.\x00', b'\x00\xff', b'_', b'a_b c', b'x' * 80, b'x' * 76, b'x' * 76 + b'\n',
           b'x' * 75 + b'=', b'a\rb', b'a\r\nb\nc', b'\n', b'\r\n', b'line\nline2\n', b'~\x7f',
           b' ', b'\t', b'a  \n', b'.\r\n', b'x' * 74 + b'  ', b'x' * 73 + b'\xff\xff',
           b'x' * 74 + b' \n', b'y' * 200, bytearray(b'a=b'), memoryview(b'a b\n')]
for s in samples:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        print(repr(bytes(s))[:20], sorted(kw), end=' ')
        t(binascii.b2a_qp, s, **kw)
t(binascii.b2a_qp, data=b'a b', quotetabs=1, istext=0, header=1)
t(binascii.b2a_qp, b'a b', 1, 0, 1)
t(binascii.b2a_qp, b'a b', 1, 0, 1, 5)
t(binascii.b2a_qp, b'a b', [])
t(binascii.b2a_qp, 'a b')
for s in [b'', b'abc', b'a=3Db', b'a=3db', b'a=\nb', b'a=\r\nb', b'a=', b'a=4', b'a=4g',
          b'a=g4', b'=', b'==41', b'a_b', b'a=20\n', b'a  \n', b'a=\r', b'a= \nb', b'a=  x',
          'a=41', 'é', b'=F', b'=ff=FF', bytearray(b'a=41'), 5]:
    for kw in [{}, {'header': True}]:
        print(repr(s)[:16], sorted(kw), end=' ')
        t(binascii.a2b_qp, s, **kw)
t(binascii.a2b_qp, data=b'a_b', header=1)
t(binascii.a2b_qp, b'a_b', [])
t(binascii.a2b_qp)
text = b'Caf\xc3\xa9 = 10 \xe2\x82\xac\nsecond line with trailing space \nthird\t\n' + b'z' * 100
enc = binascii.b2a_qp(text)
print(enc)
print(binascii.a2b_qp(enc) == text)
enc = binascii.b2a_qp(text, header=True)
print(binascii.a2b_qp(enc, header=True) == text)

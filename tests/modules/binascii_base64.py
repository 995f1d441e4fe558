# binascii: b2a_base64 (newline) and a2b_base64 (strict_mode): padding, skipped characters and
# every strict-mode error.
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

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xff\xfe\xfd\xfc',
             bytearray(b'hello'), memoryview(b'hello world')]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
t(binascii.b2a_base64, 'x')
t(binascii.b2a_base64, b'x', False)
t(binascii.b2a_base64, data=b'x')
t(binascii.b2a_base64, b'x', newline=0)
t(binascii.b2a_base64, b'x', newline=[])
t(binascii.b2a_base64, b'x', nl=False)
t(binascii.b2a_base64)

cases = ['aGVsbG8=\n', 'aGVsbG8=', 'aGVsbG8', 'aGVsbA', 'aGVsbA==', 'aGVsb', 'a', '',
         'aGVs!bG8=', 'aGVsbG8=extra', '=aGVsbG8', 'aGVsbG8==', 'aGVsbA=', 'aGVsbA==x',
         'aGVsbG8=aGVs', 'aGVsbA=\n=', 'aGV=sbA==', 'a=', 'aG=', 'aGV=', 'aGVs=', 'aGVs==',
         'aG=V', 'aG==', 'aG=x=', 'aG=\n=', '=', '==', '\n=aG==', 'aG===', 'aGV==', 'aG!==',
         'aG= =', '\naG==', 'aGVzaGVz\n', 'aG\n==', 'aGV=\n', 'YWJj\nZGVm\n', ' Y W J j ',
         '////', '++++', '-_-_', 'QUJD' * 5 + '\n']
for s in cases:
    for strict in (False, True):
        print(repr(s), strict, end=' ')
        t(binascii.a2b_base64, s, strict_mode=strict)
t(binascii.a2b_base64, b'aGVsbG8=')
t(binascii.a2b_base64, bytearray(b'aGVsbG8='))
t(binascii.a2b_base64, memoryview(b'aGVsbG8='))
t(binascii.a2b_base64, 'é')
t(binascii.a2b_base64, 5)
t(binascii.a2b_base64, b'aGVsbG8=', True)
t(binascii.a2b_base64, 'aGVsbG8=', strict_mode=2)
t(binascii.a2b_base64, 'aGVsbG8=', strict_mode=[])
t(binascii.a2b_base64, data='aGVsbG8=')
data = bytes(range(256)) * 3
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.a2b_base64(binascii.b2a_base64(data, newline=False), strict_mode=True) == data)

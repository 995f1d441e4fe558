# binascii: b2a_uu (backtick) and a2b_uu, with short lines, padding and garbage.
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

for data in [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\x00\x00', b'\xff' * 7, b'x' * 45,
             bytearray(b'xyz1'), memoryview(b'hello')]:
    t(binascii.b2a_uu, data)
    t(binascii.b2a_uu, data, backtick=True)
t(binascii.b2a_uu, b'x' * 46)
t(binascii.b2a_uu, 'x')
t(binascii.b2a_uu, b'x', True)
t(binascii.b2a_uu, data=b'a')
t(binascii.b2a_uu, b'a', backtick=[])
t(binascii.b2a_uu)
for s in [b'', b'\n', b' ', b'!80``\n', b'#86)C\n', b'#86)C', b'#86)C  \n', b'#86)Cx\n',
          b'#86)C   x', b'$86)C', b'!', b'!8', b'!80', b'!80`````', b'!80\x7f', b'!8\x7f\n',
          b'!80  ', b'!80 ` \n', b'!80a\n', b'`', b'  ', b'M' + b'x' * 60, b'!~~~',
          b'!\x00\x00', '#86)C', 'é', b'"86)C', b'\x7f', b'a', b'!80\r\n', b'!80\n\n', b'!80 \t',
          b'\t', bytearray(b'#86)C'), 5]:
    print(repr(s)[:16] if not isinstance(s, memoryview) else 'view', end=' ')
    t(binascii.a2b_uu, s)
data = bytes(range(256))
lines = [binascii.b2a_uu(data[i:i + 45]) for i in range(0, len(data), 45)]
print(b''.join(binascii.a2b_uu(line) for line in lines) == data)
lines = [binascii.b2a_uu(data[i:i + 45], backtick=True) for i in range(0, len(data), 45)]
print(b''.join(binascii.a2b_uu(line) for line in lines) == data)

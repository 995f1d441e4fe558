# int() of text with each ASCII whitespace around it, and characters next to the digit and letter
# ranges, in every base that matters.
for ws in ' \t\n\v\f\r':
    print(repr(ws), int(ws + '12' + ws), int(ws + '-z' + ws, 36))
print(int('Zz', 36), int('aA', 16), int('0XfF', 0), int('7_7', 8), int(b' 1F ', 16))
for text in ['@', '[', '`', '{', '/', ':', '1@', 'g', 'G', '\x1f1', '1\x08', '0x', '0x_', '_1',
             '1_', '1__2', '', ' ', '+', '-_1', 'é', '0_0', '00', '08']:
    for base in (0, 10, 16, 36):
        try:
            print(repr(text), base, int(text, base))
        except ValueError:
            print(repr(text), base, 'ValueError')
for b in (b'\xff', b'1\x80', b'\xc0'):
    try:
        print(int(b, 36))
    except ValueError:
        print(b, 'ValueError')

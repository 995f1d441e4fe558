# format() and the format-spec mini-language
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, -2**70, True]
specs = ['', 'd', '5', '<5', '>5', '^6', '=+8', '*^9', '+', ' ', '-', '05', '010,', '_', ',',
         'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', '_b', '#_x', '09_x', 'n', 'c',
         '\u00e9>6', '+#x', ' 8', '^+9,']
for v in ints:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 123456789.125, float('inf'),
          float('-inf'), float('nan'), 0.1, 2.675, 1 / 3]
fspecs = ['', 'f', '.2f', '10.3f', '<10.1f', '^12.2e', 'e', 'E', '.0e', 'g', 'G', '.3g', '#.3g',
          '%', '.1%', ',', ',.2f', '015,.3f', '_.1f', '+', ' .2f', 'z.1f', '+010.2f', '.0f', '#.0f',
          'n', '10', '.3', '#', 'F', '=12.4g', '*<10g']
for v in floats:
    out = []
    for spec in fspecs:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(v), out)
for v, spec in [(3, 'e'), (3, '.2f'), (3, '%'), (2**100, 'e'), (-5, '.1f'), (7, 'g')]:
    print(format(v, spec))
strs = ['', 'abc', 'caf\u00e9', '\u20ac\u20ac']
sspecs = ['', 's', '5', '<5', '>5', '^5', '^6', '.2', '8.1', 'x^7', '*>4s', '05', '\u00e9<4']
for v in strs:
    print(repr(v), [format(v, spec) for spec in sspecs])
print(format(None), format(None, ''), format([1, 2]), format((1,), ''), format(True), format(False, '^7'))

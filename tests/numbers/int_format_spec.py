n = 255
for spec in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '08b', '>8', '<8|', '^8', '+d', ' d', '-d',
             ',', '_', '_b', '_x', '#_x', '010,', 'c', 'e', '.2f', '%', 'g', '=+8', '*^9', '#010x', 'n']:
    try:
        print(repr(spec), repr(format(n, spec.rstrip('|'))))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for v in [0, -1, -255, 10 ** 12, -(10 ** 15), 2 ** 64]:
    print(format(v, ','), format(v, '_'), format(v, 'x'), format(v, '#o'), format(v, '+'), format(v, '020,'))
print(format(65, 'c'), format(0x1F600, 'c') == chr(0x1F600))
for bad in ['.2', 's', ',c', ',b' if False else '=c']:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__)
print('%d %i %o %x %X %#x %#o %5d|%-5d|%05d %+d' % (42, 42, 42, 255, 255, 255, 8, 7, 7, 7, 7))
print(f'{1234567:,} {1234567:_} {-42:05} {42:^7} {3:b} {True:d}')
print(format(True), format(True, 'd'), format(False, '>5'))

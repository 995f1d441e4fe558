print('[%*d]' % (5, 42), '[%*d]' % (-5, 42), '[%-*d]' % (5, 42), '[%.*s]' % (2, 'abcdef'), '[%*.*f]' % (8, 2, 3.14159))
print('[%*s]' % (0, 'x'), '[%.*d]' % (4, 7), '[%0*d]' % (6, -3), '[%+*d]' % (4, 3))
print('[%5%]' % () if False else '[%%]' % ())
print('[%-8.3s|%8.3s]' % ('abcdef', 'abcdef'), '[% 05d]' % 42, '[%#8x]' % 255, '[%-#8o]' % 8)
print('[%e]' % 0, '[%.0e]' % 12345, '[%#.0e]' % 12345, '[%#.0f]' % 3, '[%g]' % 1e-10, '[%#g]' % 0.5)

# A '*' takes any int: a bool or an int subclass too; other types are "* wants int".
class Width(int):
    pass

print('[%*d]' % (True, 5), '[%*d]' % (Width(4), 5), '[%.*s]' % (Width(2), 'abc'), '[%*s]' % (False, 'x'))
for bad in [2.0, '3', None]:
    try:
        '%*d' % (bad, 1)
    except TypeError as e:
        print('TypeError', e)

# An int too big for a width or precision is an OverflowError, not a TypeError.
for fmt, args in [('%*d', (2**100, 5)), ('%.*d', (2**100, 5)), ('%*d', (-2**100, 5)),
                  ('%.*s', (-2**80, 'ab'))]:
    try:
        fmt % args
    except OverflowError as e:
        print('OverflowError', e)

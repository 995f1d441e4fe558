# printf-style % formatting of str
print('%s %d' % ('a', 3), '%s' % 'solo', '%r' % 'q', '%a' % '\u00e9', '%%' % (), 'plain' % ())
print('%5.2f|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%e|%g|%%' %
      (3.14159, 4, 42, 5, 6, 255, 255, 255, 8, 8, 12345.678, 0.0001))
print('%(a)s %(b)d %(a)r' % {'a': 1, 'b': 2}, '%(x)s %%' % {'x': 'y'})
print('%c%c%c' % (65, 'B', 0x20ac), '%.3s|%.3d|%5.1s|%*d|%-*d|%.*f' % ('abcdef', 7, 'xyz', 4, 1, 4, 2, 2, 3.14159))
print('%d %i %u' % (3.7, -2.5, True), '%s' % [1, 2], '%s' % (1,), '%s' % None, '%s' % {'k': 1})
print('%5s|%-5s|%05s|' % ('a', 'b', 'c'), '%.2e' % 0, '%g' % 1e20, '%#g' % 1, '%f' % float('inf'))
print('%010.3f' % -3.5, '%-010d|' % 3, '%ld' % 3, '%+.1f' % 2, '% 05d' % 7, '%#5x' % 10)
print('%x %o %X' % (-255, -8, 2**70), '%d' % 2**70, '%.5d' % -42, '%+.3d' % 7, '%#.4x' % 255)
print('%s and %s' % ('\u00e9', '\U0001f600'), '\u20ac%d' % 5, '%-4s|' % '\u00e9', '%*s' % (-4, 'a'))
print('abc' % [], 'abc' % {}, '%s' % ((),), '%r' % ((1, 2),))
class I:
    def __index__(self):
        return 42
print('%x %d' % (I(), I()))
for fmt, args in [('%d', 'x'), ('%x', 3.7), ('%s', ()), ('%', ()), ('%y', 1), ('%s %s', 1),
                  ('%(a)s', {'b': 1}), ('%(a', {'a': 1}), ('abc', 5), ('%(a)s', 1), ('%c', 'ab'),
                  ('%c', 0x110000), ('%c', -1), ('%c', 1.5), ('%*d', ('a', 1)), ('%s %s', (1, 2, 3)),
                  ('%f', 'x'), ('%d', None), ('%\u00e9', 1), ('%.2', 1)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

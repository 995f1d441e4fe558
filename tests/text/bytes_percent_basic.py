# bytes % args and bytearray % args: every conversion.
print(b'%d %s %x %b %r' % (5, b'bb', 255, b'cc', b'dd'))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%5c|%-5c|' % (65, 66))
print(b'%s|%s|%s' % (bytearray(b'ba'), memoryview(b'mv'), memoryview(b'abcd')[::2]))
print(b'%r %a %r %a' % ('\xe9', '\xe9', b'x', [1, 'x']))
print(b'%5s|%-5s|%.1s|%5.1s|%05s|' % (b'ab', b'ab', b'ab', b'ab', b'ab'))
print(b'%(a)s %(b)d %(a)r' % {b'a': b'A', b'b': 2})
print(b'%i %u %o %X %#x %#o %#X' % (1, 2, 8, 255, 255, 8, 255))
print(b'%+d % d %05d %-5d| %.3d' % (1, 2, 3, 4, 5))
print(b'%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print(b'%.2f %e %g %E %G %F' % (1.5, 1.5, 1.5, 1e20, 1e-20, 2.0))
print(b'%5.2f|%-8.3e|%08.3f' % (3.14159, 2.5, -1.5))
print(b'%% %s %%' % b'x', b'100%%' % (), b'' % (), b'x' % (), b'x' % {})
print(b'%d %x %o' % (True, 2 ** 70, -2 ** 70), b'%d' % 3.99, b'%x' % -255)
print(b'%s' % b'', b'%s' % (b'one',), b'%s' % [b'in list'] if False else b'%r' % [b'in list'])
print(bytearray(b'%d-%s') % (1, b'x'), type(bytearray(b'%d') % 1).__name__, bytearray(b'%s') % bytearray(b'q'))
print(type(b'%d' % 1).__name__, b'%s %s' % (b'a', memoryview(b'b')), b'%(x)r' % {b'x': 'str'})
print(b'%c' % True, b'%c' % 0, b'%c' % 255, b'%b' % bytearray(b'\x00\xff'))
class BB:
    def __bytes__(self):
        return b'from-bytes'
class Idx:
    def __index__(self):
        return 66
print(b'%s|%b' % (BB(), BB()), b'%x %d %c' % (Idx(), Idx(), Idx()))
fmt = bytearray(b'[%s]')
print(fmt % b'a', fmt)

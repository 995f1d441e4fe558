print('%s' % ((1, 2),), '%s %s' % (1, (2, 3)), '%r' % ((1,),))
print('%s' % [1, 2], '%s' % {'a': 1}, '%(a)s' % {'a': (1, 2)})
try:
    print('%s' % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print('%s and %s' % ('a', 'b'), '%s' % 'single', '%s' % ('tuple-one',))
print('%-5s|%5s|' % ('ab', 'cd'), '%.1s' % 'xyz', '%s%%' % 100)
t = (1, 2, 3)
print('%d-%d-%d' % t, '%s' % (t,))
class T(tuple):
    pass
print('%s %s' % T(('x', 'y')))
print('%c%c' % ('a', 98), '%5.2f%%' % 12.345, '%+.3e' % 12345.6789)
print('%s' % b'bytes', '%r' % b'bytes', '%a' % 'ñ')

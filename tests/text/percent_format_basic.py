print('%s %s' % ('a', 1))
print('%r %a' % ('é', 'é'))
print('%d %i %u' % (3.9, -2.1, 7))
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20))
print('%.0f %.1f %.10f %10.4f|%-10.2f|%+.2f %+d % d' % (2.5, 0.05, 1 / 3, 3.14159, 2.5, 1, 5, 5))
print('%05d %05.1f %-05d| %+05d' % (42, 3.14, 7, 3))
print('%c %c' % (65, 'z'))
print('%%d %% %s' % 'lit')
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(a)s %(a)r' % {'a': 'x'})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),), '%s' % {'k': 1})
print('%s %s' % tuple('ab'), '%d%%' % 50)
print('%x' % -255, '%o' % -8, '%#x' % 0, '%.3d' % 5, '%5.3d|' % 7)
print('%s' % None, '%s' % True, '%d' % True, '%r' % None)
print('%10r|' % 'q', '%-8r|' % 1.5)
print('%.3s' % 'abcdef', '%i' % 10 ** 20, '%e' % 10 ** 20)
print('%g %g %g %g' % (100000, 1000000, 1e-4, 1e-5))
print('%#g %#.3g %#o' % (1.0, 2.0, 0))
print(b'%s %d' % (b'bytes', 5), b'%x %c' % (255, 65), b'%5b|' % b'ab' if False else 'skip')
# After "%(key)" the value found is the one argument left, for a '*' too.
for f, a in [("%(a)*s", {"a": 5}), ("%(a)s %s", {"a": 5}), ("%(a).*f", {"a": 3}),
             ("%*s", {"a": 1}), ("%(a)*s", {"a": "x"}), ("%(a)s-%(b)d", {"a": "x", "b": 2}),
             ("%(a)s", {"a": (1, 2)})]:
    try:
        print(repr(f % a))
    except TypeError as e:
        print("TypeError", e)

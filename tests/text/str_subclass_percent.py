# %-formatting with str and bytes subclasses on either side: the arguments keep their own
# __str__/__repr__, the format is read as plain text.
class Rep(str):
    def __str__(self):
        return 'str-override'
    def __repr__(self):
        return 'repr-override'
r = Rep('x')
print('%s' % r, '%r' % r, '%s' % (r,), '%s|%r' % (r, r), '[%5s]' % Rep('ab'))
fmt = Rep('<%s>')
print(fmt % 'a', fmt % (1,), fmt % r, type(fmt % 'a').__name__)
for f in [lambda: 5 % r, lambda: Rep('%d') % 'x', lambda: '%s %s' % r]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class B(bytes):
    pass
print(b'%s' % B(b'q'), B(b'<%s>') % b'z', type(B(b'%d') % 3).__name__)
print('%(k)s' % {'k': r}, '%-6s|' % r, '%.3s' % r)

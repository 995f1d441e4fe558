# '%%' is a literal percent sign; '%' after a key, flag, width or precision is an unknown
# conversion that still takes an argument.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

show(lambda: '%%' % ())
show(lambda: '100%% %s' % 'x')
show(lambda: '%%' % {'a': 1})
show(lambda: '%(a)s%%' % {'a': 1})
show(lambda: '%5%' % (1,))
show(lambda: '%-5%' % (1,))
show(lambda: '%.2%' % (1,))
show(lambda: '%*%' % (3, 1))
show(lambda: '%(a)%' % {'a': 1})
show(lambda: '%5%' % ())
show(lambda: '%(a)%' % ())
show(lambda: '%*%' % ())
show(lambda: '%%' % 1)
show(lambda: 'x%5%y' % {'a': 1})
show(lambda: b'%%' % ())
show(lambda: b'%5%' % (1,))
show(lambda: b'%5%' % ())
show(lambda: bytearray(b'%-%') % (1,))

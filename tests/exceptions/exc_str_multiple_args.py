for args in [(), ('one',), ('a', 'b'), (1, 2, 3), ([1],), (None,), ('',), ('x', None), ((1, 2),)]:
    for cls in (Exception, ValueError, KeyError, IndexError):
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e))
print(str(UnicodeError('u')), repr(ArithmeticError()), str(LookupError('lk')))

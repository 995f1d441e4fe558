cases = [
    ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(1),
    ValueError(None), ValueError(''), ValueError(('t',)), KeyError('k'),
    KeyError(), KeyError('a', 'b'), KeyError(1), IndexError('list index'),
    Exception('x', 2, [3]), TypeError("it's"), RuntimeError('new\nline'),
    StopIteration(5), StopIteration(), SystemExit(3), BaseException('b'),
    ZeroDivisionError('division by zero'), AssertionError(), NotImplementedError('todo'),
]
for e in cases:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = ValueError('orig')
e.args = ('changed', 2)
print(str(e), repr(e))
e.args = ['list']
print(e.args, type(e.args).__name__)
print(str(KeyError('')), repr(KeyError('')))
print(Exception('a') == Exception('a'))
e2 = OSError(2, 'No such file')
print(e2.errno, e2.strerror, str(e2))

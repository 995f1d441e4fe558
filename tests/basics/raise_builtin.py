# raising builtin exceptions with and without messages
for cls in [ValueError, TypeError, KeyError, IndexError, RuntimeError, ZeroDivisionError,
            AttributeError, NameError, NotImplementedError, OverflowError, AssertionError]:
    try:
        raise cls('message')
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    raise ValueError
except ValueError as e:
    print('class raised', type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)))
try:
    raise ValueError('a', 2)
except ValueError as e:
    print(e.args, len(e.args))
try:
    raise RuntimeError('plain message')
except RuntimeError as e:
    print(e)
    print(str(e))
e = ValueError('kept')
print(type(e).__name__, e.args[0])
try:
    raise e
except ValueError as e2:
    print(e2 is e)
try:
    raise 42
except TypeError:
    print('TypeError: can only raise exceptions')

def bare_reraise():
    try:
        raise ValueError('original')
    except ValueError:
        raise
try:
    bare_reraise()
except ValueError as e:
    print('bare', e)
def reraise_after_other():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print('restored', type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_in_finally_less():
    try:
        raise IndexError('idx')
    except IndexError as e:
        err = e
    raise err
try:
    reraise_in_finally_less()
except IndexError as e:
    print('stored reraise', e)
def wrap():
    try:
        raise ValueError('v')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
try:
    wrap()
except RuntimeError as e:
    print(e, '<-', e.__cause__)
def conditional(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        if e.args[0] > 1:
            raise
        return 'handled %d' % n
print(conditional(1))
try:
    conditional(2)
except ValueError as e:
    print('reraised', e)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print(repr(e), e.args)
def reraise_with_traceback():
    try:
        raise ValueError('tb')
    except ValueError as e:
        raise e.with_traceback(None)
try:
    reraise_with_traceback()
except ValueError as e:
    print('with_traceback', e)

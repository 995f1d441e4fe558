# bare raise re-raises the exception being handled
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging and re-raising')
        raise


try:
    f()
except ZeroDivisionError as e:
    print('caught again', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError:
            pass
        raise
except ValueError as e:
    print('re-raised', e)
try:
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
        raise err
except TypeError as e2:
    print(e2 is err)

# an exception raised in a handler replaces the original
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError:
    print('IndexError from handler')
try:
    try:
        raise ValueError('x')
    except ValueError:
        raise
    finally:
        print('finally runs')
except ValueError:
    print('outer')


def g():
    try:
        raise KeyError('k')
    except KeyError:
        return undefined_name


try:
    g()
except NameError:
    print('NameError from handler')

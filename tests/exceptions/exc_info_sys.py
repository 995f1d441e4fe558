import sys
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
def in_handler():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(in_handler().__name__)
try:
    raise TypeError('outer')
except TypeError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
try:
    raise RuntimeError
except RuntimeError:
    pass
finally:
    print('finally sees', sys.exc_info()[0])
try:
    try:
        raise ZeroDivisionError
    finally:
        print('finally during exception', sys.exc_info()[0].__name__)
except ZeroDivisionError:
    pass
def gen():
    try:
        raise ValueError('gen')
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print(sys.exc_info()[0])
print(next(g))
print(hasattr(sys, 'exception'))
try:
    raise LookupError('x')
except LookupError as e:
    print(sys.exc_info()[1] is e)
    print(sys.exception() is e if hasattr(sys, 'exception') else True)

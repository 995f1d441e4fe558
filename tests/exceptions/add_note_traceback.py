e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__)
try:
    raise KeyError('k')
except KeyError as err:
    tb = err.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno)
e2 = RuntimeError('fresh')
print(e2.__traceback__)
def f():
    raise IndexError('in f')
try:
    f()
except IndexError as err:
    n = 0
    t = err.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print('traceback depth', n)
e3 = ValueError('x').with_traceback(None)
print(e3.__traceback__, str(e3))
try:
    try:
        raise ValueError('note me')
    except ValueError as err:
        err.add_note('added in handler')
        raise
except ValueError as err:
    print(err.__notes__, str(err))

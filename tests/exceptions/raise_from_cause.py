try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, repr(e.__cause__))
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError('t') from ValueError('explicit cause')
except TypeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError from KeyError
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('set manually')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'str'
except TypeError as err:
    print(type(err).__name__)
def chain3():
    try:
        try:
            raise KeyError('a')
        except KeyError as a:
            raise IndexError('b') from a
    except IndexError as b:
        raise ValueError('c') from b
try:
    chain3()
except ValueError as c:
    links = []
    cur = c
    while cur is not None:
        links.append(repr(cur))
        cur = cur.__cause__
    print(links)

def level3():
    raise KeyError('root cause')
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError('middle') from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError('top')
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        via = 'cause' if cur.__cause__ is not None else 'context'
        chain.append((type(cur).__name__, str(cur), via))
        cur = cur.__cause__ or cur.__context__
    print(chain)
    print(e.__cause__ is None, e.__suppress_context__, type(e.__context__).__name__)
    print(e.__context__.__suppress_context__, repr(e.__context__.__cause__))
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise IndexError('c') from a
except IndexError as c:
    print(repr(c.__cause__), repr(c.__context__), c.__suppress_context__)

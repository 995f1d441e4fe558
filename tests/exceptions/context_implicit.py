try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    finally:
        raise ValueError('in finally')
except ValueError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError('a')
    except KeyError:
        pass
    raise ValueError('after handled')
except ValueError as e:
    print(e.__context__)
def f():
    try:
        raise IndexError('inner')
    except IndexError:
        return g()
def g():
    raise TypeError('from g')
try:
    f()
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError('k')
    except KeyError as ke:
        raise ke
except KeyError as e:
    print('reraise same', e.__context__)
try:
    try:
        raise ValueError('v1')
    except ValueError:
        try:
            raise TypeError('t1')
        except TypeError:
            raise IndexError('i1')
except IndexError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
err = ValueError('reused')
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print('self context avoided:', e.__context__ is None)
try:
    try:
        raise KeyError
    except KeyError as outer:
        o = outer
        raise RuntimeError
except RuntimeError as e:
    print(e.__context__ is o)

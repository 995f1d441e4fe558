def f1():
    try:
        raise ValueError('a')
    finally:
        print('cleanup')

try:
    f1()
except ValueError as e:
    print('got', e)

def f2():
    try:
        raise ValueError('orig')
    finally:
        raise KeyError('from finally')

try:
    f2()
except KeyError as e:
    print(type(e).__name__, repr(e.__context__))

def f3():
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')

try:
    f3()
except TypeError as e:
    print(type(e).__name__, type(e.__context__).__name__)

def f4():
    try:
        return 1
    finally:
        raise RuntimeError('finally wins')

try:
    f4()
except RuntimeError as e:
    print(e)

def f5():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            pass
        return 'inner handled'
print(f5())

def f6():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            print('caught', e)
            if i == 1:
                raise
try:
    f6()
except ValueError as e:
    print('reraised', e)

def f7():
    try:
        raise ValueError('x')
    except ValueError as e:
        err = e
    try:
        raise err
    except ValueError as e2:
        return e2 is err
print(f7())

def f8():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally runs')
    except ValueError as e:
        print('outer except', e)
    finally:
        print('outer finally')
f8()

def run(x):
    log = []
    try:
        log.append('try')
        r = 10 // x
    except ZeroDivisionError:
        log.append('zde')
    except TypeError as e:
        log.append('te')
    else:
        log.append('else %d' % r)
    finally:
        log.append('finally')
    return log

print(run(2))
print(run(0))
print(run('a'))

def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__

for e in (KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError('v')):
    print(multi(e))

def order():
    try:
        raise KeyError('k')
    except LookupError:
        return 'LookupError first'
    except KeyError:
        return 'never'
print(order())

def else_raises():
    try:
        try:
            pass
        except ValueError:
            return 'caught in inner'
        else:
            raise ValueError('from else')
    except ValueError as e:
        return 'outer caught ' + str(e)
print(else_raises())

def exc_var_cleared():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return 'e' in locals()
print(exc_var_cleared())

def bare():
    try:
        raise IndexError
    except:
        return 'bare caught'
print(bare())

def tuple_var():
    errs = (TypeError, ValueError)
    try:
        int('x')
    except errs as e:
        return type(e).__name__
print(tuple_var())

def not_caught():
    try:
        try:
            raise KeyError
        except ValueError:
            return 'wrong'
    except KeyError:
        return 'outer'
print(not_caught())

def level(n, log):
    try:
        if n == 0:
            raise ValueError('deep')
        level(n - 1, log)
    except KeyError:
        log.append('wrong handler at %d' % n)
    finally:
        log.append('finally %d' % n)
log = []
try:
    level(3, log)
except ValueError as e:
    log.append('top caught ' + str(e))
print(log)
def mixed():
    out = []
    for exc in (ValueError, KeyError, TypeError, None):
        try:
            try:
                if exc:
                    raise exc('x')
                out.append('no error')
            except ValueError:
                out.append('inner ValueError')
            except KeyError:
                out.append('inner KeyError')
                raise
        except KeyError:
            out.append('outer KeyError')
        except TypeError:
            out.append('outer TypeError')
        else:
            out.append('outer else')
    return out
print(mixed())
def handler_in_handler():
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            return '%s then %s, context %s' % (a, b, b.__context__ is a)
print(handler_in_handler())
def finally_overrides():
    try:
        try:
            raise ValueError('lost')
        finally:
            raise KeyError('wins')
    except KeyError as e:
        return repr(e), repr(e.__context__)
print(finally_overrides())
def loop_handlers():
    res = []
    for i in range(5):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
            finally:
                res.append('f%d' % i)
        except ValueError as e:
            res.append('v%s' % e)
            continue
        res.append('ok%d' % i)
    return res
print(loop_handlers())
try:
    try:
        raise ValueError('x')
    except ValueError as e:
        del e
        raise
except ValueError as e:
    print('reraise after del', e)

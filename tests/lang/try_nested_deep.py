def depth(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        depth(n - 1)
    finally:
        print('unwind', n)

try:
    depth(4)
except ValueError as e:
    print('caught', e)

def layered():
    log = []
    try:
        try:
            try:
                raise KeyError('k')
            except IndexError:
                log.append('no1')
            finally:
                log.append('f1')
        except ValueError:
            log.append('no2')
        finally:
            log.append('f2')
    except LookupError as e:
        log.append('caught ' + type(e).__name__)
    finally:
        log.append('f3')
    return log
print(layered())

def handler_raises():
    try:
        try:
            raise ValueError
        except ValueError:
            raise IndexError
        finally:
            print('finally after handler raise')
    except IndexError:
        return 'IndexError escaped'
print(handler_raises())

def recover_many():
    out = []
    for v in ['1', 'x', '3', None, '5']:
        try:
            out.append(int(v))
        except ValueError:
            out.append('bad')
        except TypeError:
            out.append('none')
    return out
print(recover_many())

def exc_in_except_with_finally_return():
    try:
        raise ValueError
    except ValueError:
        raise KeyError
    finally:
        return 'finally return swallows KeyError'
print(exc_in_except_with_finally_return())

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen_cleanup()
for v in g:
    print('got', v)
    break
g.close()
print('closed')
import sys
print(sys.exc_info() == (None, None, None))

log = []
def f(x):
    try:
        log.append('try')
        if x == 'raise':
            raise ValueError
        if x == 'return':
            return 'returned'
    except ValueError:
        log.append('except')
        return 'from except'
    else:
        log.append('else')
        return 'from else'
    finally:
        log.append('finally')
for x in ('raise', 'return', 'normal'):
    log.clear()
    r = f(x)
    print(x, r, log)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print('finally n =', n)
print(counter())
def nested_finally_order():
    out = []
    try:
        try:
            try:
                out.append(1)
            finally:
                out.append(2)
        finally:
            out.append(3)
    finally:
        out.append(4)
    return out
print(nested_finally_order())
def finally_exception_replaces_return():
    try:
        return 'value'
    finally:
        raise KeyError('replaces')
try:
    finally_exception_replaces_return()
except KeyError as e:
    print('KeyError', e)
def finally_with_loop():
    res = []
    for i in range(3):
        try:
            res.append(i)
        finally:
            if i == 1:
                res.append('break in finally')
                break
    return res
print(finally_with_loop())
def exc_in_finally_context():
    try:
        raise ValueError('first')
    finally:
        try:
            raise TypeError('second')
        except TypeError as e:
            print('inner context', repr(e.__context__))
try:
    exc_in_finally_context()
except ValueError as e:
    print('ValueError still propagates', e)

e = 'outer value'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('after handler:', type(err).__name__)
def f():
    try:
        raise KeyError
    except KeyError as exc:
        saved = exc
    return 'exc' in locals(), type(saved).__name__
print(f())
def g():
    exc = 1
    try:
        pass
    except Exception as exc:
        pass
    return exc
print(g())
def h():
    try:
        raise ValueError('kept')
    except ValueError as exc:
        keep = [exc]
    return keep[0].args
print(h())
def loop():
    results = []
    for i in range(3):
        try:
            if i != 1:
                raise IndexError(i)
        except IndexError as err:
            results.append(err.args[0])
    try:
        err
    except NameError:
        results.append('err unbound')
    return results
print(loop())
class C:
    try:
        raise TypeError('class body')
    except TypeError as cls_err:
        msg = str(cls_err)
print(C.msg, hasattr(C, 'cls_err'))
def closure_capture():
    try:
        raise ValueError('captured')
    except ValueError as e2:
        fn = lambda: str(e2)
        r = fn()
    return r
print(closure_capture())

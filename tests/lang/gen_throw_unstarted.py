# throw() into a generator or coroutine that has not started raises the exception at once:
# no try block of the body has been entered, and the object is finished afterwards.


def gen():
    try:
        print('body')
        yield 1
    except ValueError:
        print('caught in generator')
        yield 2
    finally:
        print('finally')


g = gen()
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print('out', e)
print(next(g, 'exhausted'))


async def coro():
    try:
        print('coroutine body')
    except KeyError:
        print('caught in coroutine')
    finally:
        print('coroutine finally')


c = coro()
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('out', repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()


def started():
    try:
        yield 1
    except ValueError:
        yield 'handled'


s = started()
next(s)
print(s.throw(ValueError))

def g():
    yield 1
    return 'result'

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def g0():
    return 5
    yield
try:
    next(g0())
except StopIteration as e:
    print(e.value)

def gnone():
    yield 1
it = gnone()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def gtuple():
    yield
    return (1, 2)
it = gtuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def inner():
    yield 'a'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    return r + '!'
it = outer()
print(list(it))
it = outer()
next(it)
try:
    next(it)
except StopIteration as e:
    print('final', e.value)

def raises_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ret_exc():
    yield
    return ValueError('as value')
it = ret_exc()
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

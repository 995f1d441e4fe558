assert True
assert 1, 'never'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, e.args)
try:
    assert 0, 'with message'
except AssertionError as e:
    print(e, e.args)
try:
    assert [], ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append('msg')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert x > 0, 'x must be positive, got %r' % (x,)
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
try:
    assert 1 == 2, 42
except AssertionError as e:
    print(e.args[0] + 1)
x = 5
print(issubclass(AssertionError, Exception))
try:
    assert isinstance(x, str), f'{x!r} is not str'
except AssertionError as e:
    print(e)

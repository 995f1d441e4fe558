# assert raises AssertionError when the condition is false
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['message', 'list']
except AssertionError as e:
    print(e.args[0])
x = 5
try:
    assert x < 3, 'x too big: ' + str(x)
except AssertionError as e:
    print(e)


def check(v):
    assert isinstance(v, int), 'need int'
    return v * 2


for v in [1, 'a']:
    try:
        print(check(v))
    except AssertionError as e:
        print('failed', e)

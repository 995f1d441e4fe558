def a():
    b()
def b():
    c()
def c():
    raise LookupError('from c')
try:
    a()
except LookupError as e:
    print('caught at top:', e)
def catch_mid():
    try:
        b()
    except LookupError as e:
        return 'mid caught ' + str(e)
print(catch_mid())
class P:
    @property
    def boom(self):
        raise ValueError('property raised')
try:
    P().boom
except ValueError as e:
    print(e)
try:
    getattr(P(), 'boom')
except ValueError as e:
    print('getattr passes it through:', e)
print(hasattr(P(), 'boom') if False else 'hasattr would raise')
try:
    hasattr(P(), 'boom')
except ValueError as e:
    print('hasattr raised', e)
f = lambda: [][1]
try:
    f()
except IndexError as e:
    print('lambda', e)
def default_arg_raises(x=None):
    return x
try:
    def g(x=1 / 0):
        pass
except ZeroDivisionError as e:
    print('default evaluation:', e)
try:
    class Broken:
        x = int('nope')
except ValueError as e:
    print('class body:', type(e).__name__)
try:
    print(list(map(int, ['1', '2', 'x'])))
except ValueError as e:
    print('map:', e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print('key func:', e)
try:
    dict.fromkeys([1], 0)[2]
except KeyError as e:
    print('KeyError', e)
def decorator_fails(f):
    raise TypeError('decorator refused ' + f.__name__)
try:
    @decorator_fails
    def h():
        pass
except TypeError as e:
    print(e)

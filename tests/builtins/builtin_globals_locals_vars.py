g = globals()
print(type(g).__name__, g is globals(), '__name__' in g, g['__name__'])
g['injected'] = 42
print(injected)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def nested():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)['d'] = 4
print(c.d)
print('__init__' in vars(C), type(vars(C)).__name__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ('x',)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__)
print(vars() is globals(), locals() is globals())
import sys
print('exit' in vars(sys))
def uses_vars():
    q = 'local'
    return vars()
print(uses_vars())
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__)

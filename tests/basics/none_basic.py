# the None object
x = None
print(x, repr(x), str(x))
print(x is None, x == None, x != None)
print(bool(None), not None)
print(None == 0, None == '', None == [], None == False)
print(type(None).__name__)


def f():
    pass


print(f() is None, f() == x)
d = {None: 'none key'}
print(d[None])
print([None, None].count(None))
print(None in [0, '', None])
try:
    None + 1
except TypeError:
    print('TypeError')
try:
    None < 1
except TypeError:
    print('TypeError')
n = None
try:
    n()
except TypeError:
    print('TypeError')

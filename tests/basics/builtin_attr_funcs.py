# getattr, setattr, hasattr, delattr, vars and dir
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def m(self):
        return 'm'
a = A()
print(getattr(a, 'x'), getattr(a, 'y'), getattr(a, 'z', 'dflt'), getattr(a, 'm')())
print(hasattr(a, 'x'), hasattr(a, 'nope'), hasattr(A, 'm'), hasattr(1, 'real'))
setattr(a, 'z', 3)
print(a.z, getattr(a, 'z'))
delattr(a, 'z')
print(hasattr(a, 'z'))
try:
    getattr(a, 'missing')
except AttributeError:
    print('AttributeError')
try:
    delattr(a, 'missing')
except AttributeError:
    print('AttributeError')
for f in (lambda: getattr(a, 5), lambda: setattr(a, 5, 1), lambda: hasattr(a, None)):
    try:
        f()
    except TypeError:
        print('TypeError')
class P:
    @property
    def boom(self):
        raise ValueError('inside')
    @property
    def gone(self):
        raise AttributeError('gone')
try:
    hasattr(P(), 'boom')
except ValueError:
    print('ValueError')
print(hasattr(P(), 'gone'), getattr(P(), 'gone', 'fallback'))
print(vars(a))
try:
    vars(1)
except TypeError:
    print('TypeError')
print('m' in dir(a), 'y' in dir(a), 'x' in dir(A), dir(a) == sorted(dir(a)))
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(str))
class B(A):
    def extra(self):
        pass
print('extra' in dir(B), 'm' in dir(B), 'x' in dir(B()))

# A metaclass __setattr__/__delattr__ sees stores on its classes; type.__setattr__ stores.
class M(type):
    def __setattr__(cls, name, value):
        print('M.__setattr__', name, value)
        if name == 'locked':
            raise AttributeError('locked')
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('M.__delattr__', name)
        super().__delattr__(name)
class A(metaclass=M):
    x = 1
A.y = 2
print(A.y)
try:
    A.locked = 1
except AttributeError as e:
    print('AttributeError', e)
del A.y
print(hasattr(A, 'y'))
type.__setattr__(A, 'z', 3)
print(A.z)
class B: pass
type.__setattr__(B, 'w', 4)
print(B.w)
type.__delattr__(B, 'w')
print(hasattr(B, 'w'))
class I(int, metaclass=M): pass
type.__setattr__(I, '__repr__', lambda self: 'I!')
print(repr(I(3)))
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError', e)

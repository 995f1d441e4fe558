# object.__new__ and the builtin __new__ methods accept a class whose metaclass derives from type.
class M(type):
    pass
class A(metaclass=M):
    def __init__(self, x):
        self.x = x
a = object.__new__(A)
print(type(a).__name__, hasattr(a, 'x'))
class L(list, metaclass=M):
    pass
l = list.__new__(L)
print(type(l).__name__, l)
class T(tuple, metaclass=M):
    pass
print(tuple.__new__(T, (1, 2)), type(tuple.__new__(T, [3])).__name__)
class D(dict, metaclass=M):
    pass
print(type(dict.__new__(D)).__name__)
class I(int, metaclass=M):
    pass
print(int.__new__(I, 5) + 1, type(int.__new__(I, 5)).__name__)
try:
    object.__new__(3)
except TypeError as e:
    print('TypeError', e)

print(type(()) is tuple, tuple.__name__, tuple.__mro__[1].__name__, tuple((x for x in [1])))
print(type('T', (tuple,), {})((1, 2)), type(type('T', (tuple,), {})((1,))).__name__)
print(type(1) == int, type(1) is not float, type(type(1)) is type)
print(isinstance(type, object), type(object) is type, type.__class__.__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
print(type(A()).__name__, type(A).__name__, type(A()) is A)
print([type(v).__name__ for v in (1, 1.0, 'a', b'a', [], (), {}, set(), None, True, 1j, range(0), len, A, A())])

o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type('s'), type([]), type(None), type(type), type(len).__name__, type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(1j).__name__, type(range(1)).__name__)
T = type('T', (), {'x': 1, 'm': lambda self: self.x + 1})
print(T.__name__, T().x, T().m(), T.__bases__, type(T).__name__)
U = type('U', (T,), {})
print(U().m(), issubclass(U, T), U.__mro__[1].__name__)
for args in [('N',), ('N', ()), ('N', (), {}, 1), (1, (), {}), ('N', (1,), {}), ('N', [], {})]:
    try:
        r = type(*args)
        print(args, r.__name__ if isinstance(r, type) else r)
    except TypeError as e:
        print(type(e).__name__, e)
print(type.__name__, type(object).__name__, object.__name__, object.__bases__, type.__bases__[0].__name__)
class M(type):
    pass
V = M('V', (), {})
print(type(V).__name__, isinstance(V, type))

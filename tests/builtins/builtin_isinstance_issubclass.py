print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('s', (int, (list, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
print(isinstance([], (list,)), isinstance([], ()), isinstance(1, object))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object), issubclass(bool, (str, int)), issubclass(A, ()))
for args in [(1, 1), (1, 'int'), (1, [int])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (A, 1), (A, [A])]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, str)
    def __subclasscheck__(cls, sub):
        return sub is float
class Str(metaclass=Meta):
    pass
print(isinstance('x', Str), isinstance(1, Str), issubclass(float, Str), issubclass(int, Str))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))

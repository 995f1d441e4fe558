# isinstance and issubclass with builtin and user classes
class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(isinstance(1, int), isinstance(1.0, float), isinstance(1, float))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, object), isinstance(A, object))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, int))
try:
    isinstance(b, 'A')
except TypeError:
    print('TypeError')
try:
    issubclass(b, A)
except TypeError:
    print('TypeError')

# isinstance and issubclass with tuples, bools, exceptions, metaclass hooks
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))))
print(isinstance([], ()), isinstance({}, dict), isinstance(set(), (list, set)))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, (TypeError, LookupError)))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance(1, M), issubclass(int, M), issubclass(str, M))
print(isinstance(M(), M))
for bad in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: issubclass(int, [int])):
    try:
        print(bad())
    except TypeError:
        print('TypeError')
try:
    isinstance(1, (1, int))
except TypeError:
    print('TypeError')
print(isinstance(1, (int, 1)))
print(isinstance(reversed([]), reversed), isinstance(reversed(()), reversed))
print(isinstance(map(str, []), map), isinstance(zip(), zip), isinstance(iter([]), enumerate))

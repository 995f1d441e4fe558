# isinstance() and issubclass() accept an object that is not a class when its class
# defines __instancecheck__ / __subclasscheck__ (as typing's aliases do).
class AnyOf:
    def __init__(self, *types):
        self.types = types

    def __instancecheck__(self, obj):
        print('instancecheck', type(obj).__name__)
        return isinstance(obj, self.types)

    def __subclasscheck__(self, cls):
        print('subclasscheck', cls.__name__)
        return issubclass(cls, self.types)


num = AnyOf(int, float)
print(isinstance(3, num), isinstance('x', num), issubclass(bool, num), issubclass(str, num))
print(isinstance(2.5, (str, num)), issubclass(int, (num, str)))


class Plain:
    pass


for spec in (Plain(), 5):
    try:
        isinstance(1, spec)
    except TypeError as e:
        print('TypeError', e)
    try:
        issubclass(int, spec)
    except TypeError as e:
        print('TypeError', e)


class OnlyInstance:
    def __instancecheck__(self, obj):
        return True


print(isinstance(None, OnlyInstance()))
try:
    issubclass(int, OnlyInstance())
except TypeError as e:
    print('TypeError', e)

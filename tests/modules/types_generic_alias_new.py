# types.GenericAlias(origin, args) builds the alias a class's __class_getitem__ returns.
import types


class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


a = Box[int]
print(a, a.__origin__ is Box, a.__args__)
print(Box[int, str].__args__, Box[int] == Box[int], Box[int] == Box[str])
print(types.GenericAlias(list, (int,)) == list[int], types.GenericAlias(dict, (str, int)))
print(isinstance(a, types.GenericAlias), type(a()).__name__)
for bad in [(), (list,), (list, int, str)]:
    try:
        types.GenericAlias(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    types.GenericAlias(list, int, x=1)
except TypeError:
    print('TypeError')


# The origin may be a class of a metaclass.
class Meta(type):
    pass


class Tagged(metaclass=Meta):
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


print(Tagged[int], list[Tagged], Tagged[Box])

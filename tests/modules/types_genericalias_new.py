# types.GenericAlias(origin, args) builds the same alias as subscripting the origin.
import types

a = types.GenericAlias(list, (int,))
b = types.GenericAlias(dict, (str, int))
c = types.GenericAlias(tuple, int)
print(a, b, c, a == list[int], b == dict[str, int], c == tuple[int])
print(a.__origin__, a.__args__, b.__args__, c.__args__, type(a) is types.GenericAlias)
print(a([1, 2]), b(x=1))
for bad in ((), (list,), (list, int, str)):
    try:
        types.GenericAlias(*bad)
    except TypeError:
        print('TypeError', len(bad))

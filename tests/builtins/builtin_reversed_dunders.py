# The __reversed__ methods of the builtin containers, called by name: what reversed() uses
# (vm/obj_list.c, vm/obj_dict.c, vm/obj_range.c; KL_CFG_BUILTINS_ITER).
a = [1, 2, 3]
it = a.__reversed__()
print(type(it).__name__, list(it))
d = {"x": 1, "y": 2, "z": 3}
print(type(d.__reversed__()).__name__, list(d.__reversed__()))
print(list(d.keys().__reversed__()), list(d.values().__reversed__()))
print(list(d.items().__reversed__()))
print(list(range(3).__reversed__()), list(range(10, 0, -3).__reversed__()))
print(list(range(0).__reversed__()), list(range(2**40, 2**40 + 3).__reversed__()))
# Unbound, through the class.
print(list(list.__reversed__([4, 5])), list(dict.__reversed__({1: 2, 3: 4})))
print(list(range.__reversed__(range(2))))
# The list may change while its reverse iterator runs.
b = [1, 2, 3, 4]
r = b.__reversed__()
print(next(r))
del b[1:]
print(list(r))

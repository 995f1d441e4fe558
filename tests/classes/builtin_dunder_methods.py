# The dunder methods of the builtin types are the ones CPython gives each type: an operator a
# type supports through its C slot shows as __op__ (and __rop__ where CPython has it), and
# one it does not support is missing, for hasattr, getattr and dir() alike.
names = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
         "__floordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__lshift__", "__and__",
         "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__divmod__", "__neg__",
         "__abs__", "__index__", "__len__", "__getitem__", "__setitem__", "__delitem__",
         "__contains__", "__iter__", "__next__", "__hash__", "__call__", "__lt__", "__eq__"]
values = [1, True, 2.5, 1j, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(),
          range(3), {}.keys(), {}.items(), {}.values(), iter([]), len, slice(1)]
for v in values:
    t = type(v)
    have = [n for n in names if hasattr(v, n)]
    listed = [n for n in names if n in dir(v)]
    on_type = [n for n in names if n in dir(t)]
    print(t.__name__, have)
    if listed != have or on_type != have:
        print("  dir differs:", listed, on_type)
# Called by name, they do what the operator does.
print([1].__add__([2]), "ab".__mul__(2), (2).__rmul__("x"), (3).__rsub__(10))
print({1, 2}.__xor__({2, 3}), {"a": 1}.__or__({"b": 2}), (1, 2).__getitem__(1))
print("%d" .__mod__(5), "x".__rmul__(3), b"a".__add__(b"b"), list.__len__([1, 2]))
print([].__sub__ if hasattr([], "__sub__") else "list has no __sub__")
l = [1, 2, 3]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, hasattr((), "__setitem__"), hasattr("", "__delitem__"))
try:
    (1, 2).__setitem__(0, 1)
except AttributeError as e:
    print("AttributeError", e)

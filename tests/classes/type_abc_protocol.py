# The class protocol abc, typing and copy use (KL_CFG_ABC_PROTOCOL): type's __subclasses__,
# __instancecheck__ and __subclasscheck__ called by name, object's __subclasshook__, and
# __isabstractmethod__ of the descriptors that wrap functions.


class A:
    pass


class B(A):
    pass


class C(A):
    pass


print([k.__name__ for k in A.__subclasses__()], B.__subclasses__())
print(type.__instancecheck__(A, B()), type.__instancecheck__(B, A()))
print(type.__subclasscheck__(A, C), type.__subclasscheck__(C, A), type.__subclasscheck__(int, bool))
print(object.__subclasshook__(A), A.__subclasshook__(B))


def f():
    pass


f.__isabstractmethod__ = True
print(staticmethod(f).__isabstractmethod__, classmethod(len).__isabstractmethod__)
print(property(f).__isabstractmethod__, property(None, f).__isabstractmethod__)
print(property().__isabstractmethod__, hasattr(object, "__reduce_ex__"))

# Classes whose metaclass is type, as every level makes them (KL_CFG_METACLASS leaves out the
# others): metaclass=type given explicitly, type(name, bases, dict) and type.__new__(type, ...).


class A(metaclass=type):
    x = 1


B = type("B", (A,), {"y": 2})
C = type.__new__(type, "C", (B,), {"z": 3})
print(type(A) is type, type(B) is type, type(C) is type, C.x, C.y, C.z, C.__name__)
print([k.__name__ for k in C.__mro__], isinstance(C(), A), type(5), type(A()).__name__)
try:
    type.__new__(int, "D", (), {})
except TypeError:
    print("TypeError")

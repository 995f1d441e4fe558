# String constants made only of name characters are interned, as in CPython: equal ones in
# different functions are one object, and sys.intern() of an equal string returns it.
import sys

a = "hello"


def f():
    return "hello"


def g():
    return "hello_world_2"


class C:
    name = "hello"


print(a is f(), C.name is a, g() is "hello_world_2".lower())
x = "hel"
y = x + "lo"
print(y == a, sys.intern(y) is a, sys.intern(x + "lo") is sys.intern(y))
z = "".join(["hello", "_world_2"])
print(sys.intern(z) is g())
# Constants with other characters are still equal, whatever their identity.
s1 = "hello world"
print(s1 == "hello " + "world", len({a, f(), sys.intern(y)}))
d = {"hello": 1}
print(d[y], d[sys.intern(y)], getattr(C, "na" + "me"))

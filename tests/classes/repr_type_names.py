# How repr() names classes and their instances: module and qualified name for a class statement's
# class (nested ones too), the module of a builtin type that lives in one, builtins left out;
# and `in` through __contains__, including one set to None.
import re


class Outer:
    class Inner:
        pass


def f():
    class Local:
        pass

    return Local


print(repr(Outer), repr(Outer.Inner), repr(f()), repr(int), repr(KeyError))
print(repr(Outer())[:25], repr(Outer.Inner())[:31], repr(f()())[:36])
print(repr(type(re.compile("a"))), repr(object())[:17], repr(type("T", (), {"__module__": "m"})))
Outer.Inner.__qualname__ = "Renamed"
print(repr(Outer.Inner), repr(Outer.Inner())[:27])


class Bag:
    def __contains__(self, x):
        return x % 2


class NoBag:
    __contains__ = None


print(3 in Bag(), 4 in Bag(), 4 not in Bag())
try:
    1 in NoBag()
except TypeError as e:
    print("TypeError", e)

# Calling a builtin type's __new__ directly, and subclassing the builtin iterator types.

print(int.__new__(int, 5), int.__new__(int, "12", 8), int.__new__(int))
print(repr(str.__new__(str, "ab")), repr(str.__new__(str)))
print(float.__new__(float, "1.5"), complex.__new__(complex, 1, 2))
print(tuple.__new__(tuple, [1, 2]), tuple.__new__(tuple))
print(frozenset.__new__(frozenset, [3]), bytes.__new__(bytes, b"x"), bool.__new__(bool, 1))
# Mutable builtins are made empty by __new__ and filled by __init__.
print(list.__new__(list, [1, 2]), dict.__new__(dict), set.__new__(set, [1]))


class MyInt(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)


m = MyInt(4)
print(m, type(m).__name__, m + 1)


class Tagged(str):
    def __new__(cls, *args):
        o = str.__new__(cls, *args)
        o.tag = len(o)
        return o


t = Tagged("hello")
print(t, t.tag, t.upper())


class Numbered(enumerate):
    def __new__(cls, it):
        return super().__new__(cls, it, 1)


print(list(Numbered("abc")))


class Pairs(zip):
    label = "pairs"


p = Pairs([1, 2], "xy")
print(p.label, list(p), isinstance(p, zip))


class Squares(map):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x * x, it)


print(list(Squares(range(4))))


class Evens(filter):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x % 2 == 0, it)


print(list(Evens(range(7))))


class Back(reversed):
    pass


b = Back("abc")
print(next(b), list(b), type(b).__name__)

try:
    object.__new__(5)
except TypeError as e:
    print(e)

# What classes reach through object and through a builtin base: object's own dunders called by
# name, super() in subclasses of list, dict, int, tuple and Exception, and iterator subclasses.
# Every level keeps these (KL_CFG_SLOT_WRAPPERS leaves out only the other dunders of builtins).


class A:
    def __init__(self, x):
        object.__init__(self)
        self.x = x

    def __eq__(self, o):
        return object.__eq__(self, o)

    __hash__ = object.__hash__


class B(A):
    def __init__(self, x):
        super().__init__(x)
        object.__setattr__(self, "y", 2)
        print(object.__getattribute__(self, "y"))
        object.__delattr__(self, "y")

    def __repr__(self):
        return "B" + object.__repr__(self)[:2]

    def __str__(self):
        return object.__str__(self)


b = B(1)
print(b.x, b == b, b != B(1), object.__ne__(b, b), str(b), repr(b), hash(b) == hash(b))
print(type(object.__new__(B)).__name__, hasattr(b, "y"))


class L(list):
    def __init__(self, it):
        super().__init__(it)
        super().append(9)

    def __getitem__(self, i):
        return super().__getitem__(i) * 2

    def __repr__(self):
        return "L" + super().__repr__()


l = L([1, 2])
print(l, l[0], len(l), list(l), l == [1, 2, 9], super(L, l).__eq__([1, 2, 9]))


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

    def __delitem__(self, k):
        super().__delitem__(k)


d = D()
d["a"] = 1
d["b"] = 2
del d["b"]
print(d, d.get("a"), super(D, d).__getitem__("a"))


class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise E("boom", 3)
except E as e:
    print(e, e.code, e.args, repr(e))


class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)

    def __str__(self):
        return "I" + super().__str__()


i = I(4)
print(i, i + 1, int.__repr__(i), i == 5, hash(i) == hash(5))
print(int.__eq__(5, 5), int.__lt__(1, 2), int.__hash__(5), str.__hash__("x") == hash("x"))


class T(tuple):
    pass


print(list(reversed(T((1, 2, 3)))), T((1,)) == (1,), list.__repr__([1]), str.__str__("s"))


# An iterator subclass is its own iterator.
class En(enumerate):
    def pair(self):
        return next(self), next(self)


en = En("abc")
print(iter(en) is en, en.pair(), list(en), list(En("xy")))

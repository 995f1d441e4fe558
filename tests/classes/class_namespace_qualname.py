# A class's namespace after the class is made, as CPython's type.__new__ leaves it: __qualname__
# is taken out (it belongs to the type), __doc__ is always there (None without a docstring).
import traceback

hidden = ("__dict__", "__weakref__")  # getset descriptors in CPython; kinglet has none


def names(cls):
    return sorted(k for k in vars(cls) if k not in hidden)


class K:
    x = 1

    def m(self):
        pass


class D:
    "documented"


class L(D):
    pass


class Outer:
    class Inner:
        pass

    class Err(Exception):
        pass


print(names(K), names(D), names(L), names(Outer.Inner))
print(K.__qualname__, Outer.Inner.__qualname__, repr(Outer.Inner)[-20:], K.__doc__, D.__doc__, L.__doc__)
print("__qualname__" in dir(K), "__doc__" in dir(K), "__module__" in dir(K))
print(repr(Outer.Inner())[:28])
print(traceback.format_exception_only(Outer.Err, Outer.Err("boom")))

# Set and delete: a str only, and it cannot go.
K.__qualname__ = "Renamed"
print(K.__qualname__, K.__name__, repr(K)[-10:], names(K))
for bad in (5, None):
    try:
        K.__qualname__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del K.__qualname__
except TypeError as e:
    print("TypeError", e)

# type() with a namespace: the same rules.
X = type("X", (), {"__qualname__": "A.X", "y": 2})
print(X.__qualname__, X.__name__, names(X))
try:
    type("Y", (), {"__qualname__": 3})
except TypeError as e:
    print("TypeError", e)


# A class body can still read its own __qualname__ while it runs.
class Body:
    seen = __qualname__


print(Body.seen, names(Body))

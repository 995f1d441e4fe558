# A special method set to None is absent: calling through the operator is the TypeError of
# calling None. And __getattr__ is found before __getattribute__ runs, as CPython finds it: a
# __getattribute__ that deletes it still falls back to it.


class A:
    __repr__ = None
    __len__ = None
    __lt__ = None
    __getitem__ = None
    __iter__ = None
    __call__ = None


for name, f in [
    ("repr", lambda: repr(A())),
    ("len", lambda: len(A())),
    ("lt", lambda: A() < A()),
    ("getitem", lambda: A()[0]),
    ("iter", lambda: iter(A())),
    ("call", lambda: A()()),
]:
    try:
        f()
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError", e)


class B:
    def __getattribute__(self, n):
        if n == "x":
            del B.__getattr__
        raise AttributeError(n)

    def __getattr__(self, n):
        return "getattr " + n


b = B()
print(b.x)
print(hasattr(B, "__getattr__"))
try:
    b.y
except AttributeError as e:
    print("AttributeError", e)

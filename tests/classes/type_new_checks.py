# type.__new__ checks its metaclass argument: a class whose type was not a class at all (a str,
# an int) made any later attribute lookup read garbage (found by fuzz_bcfile as a crash).
def show(f):
    try:
        r = f()
        print("made", type(r).__name__, r.__name__)
    except TypeError as e:
        print("TypeError", e)


for meta in ["abc", 5, None, int, object, 3.5]:
    show(lambda: type.__new__(meta, "X", (), {}))


class M(type):
    pass


show(lambda: type.__new__(M, "Y", (), {}))
show(lambda: type.__new__(type, "Z", (int,), {"a": 1}))
show(lambda: type.__new__(type, 5, (), {}))
show(lambda: type.__new__(type, "W", [], {}))
show(lambda: type.__new__(type, "V", (), []))
show(lambda: type.__new__(type, "U", ()))
show(lambda: type("T", (), {}))
show(lambda: type("S", "x", {}))
show(lambda: object.__new__("abc"))

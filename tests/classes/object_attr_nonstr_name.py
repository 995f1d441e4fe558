# object.__getattribute__, __setattr__ and __delattr__ called directly with a name that is not
# a str raise TypeError (the .kbc fuzzer reached a crash here).
class C:
    pass


for call in (lambda: object.__getattribute__(1, 5),
             lambda: object.__getattribute__(C(), None),
             lambda: object.__setattr__(C(), 5, 1),
             lambda: object.__delattr__(C(), b"x")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

c = C()
object.__setattr__(c, "x", 1)
print(object.__getattribute__(c, "x"))
object.__delattr__(c, "x")
print(hasattr(c, "x"))

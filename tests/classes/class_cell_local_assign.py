# A method that assigns __class__ makes it a local of its own; the class then has no __class__
# cell unless another method uses super() or reads __class__ (this used to crash the compiler).
class B:
    def __init__(self, v):
        __class__ = v
        self.v = __class__


print(B(1).v, B("x").v, "__classcell__" in B.__dict__)


class C:
    def set(self):
        __class__ = 5
        return __class__

    def get(self):
        return __class__

    def sup(self):
        return super().__repr__()[:10]


c = C()
print(c.set(), c.get() is C, c.sup())


class D(C):
    def m(self, x):
        __class__ = x
        return __class__ + 1


print(D().m(41), D().get() is C)

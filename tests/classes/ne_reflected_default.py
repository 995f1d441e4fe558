# a != b where a's class has only object's __ne__: that inverts a's __eq__, and when the answer
# is NotImplemented the reflected b.__ne__(a) runs, as in CPython; identity comes last.


class Eq:
    def __eq__(self, other):
        return "eq"


class Plain:
    pass


class Ne:
    def __ne__(self, other):
        return "ne"


e, p, n = Eq(), Plain(), Ne()
print(p != e, e != p, p != n, n != p)
print(p != p, p != Plain(), p == p, p == Plain())
print(p != 5, 5 != p, p != None, None != p)
print(object.__ne__(p, p), object.__ne__(p, e), object.__ne__(e, p))


class Both(Plain):
    def __eq__(self, other):
        return NotImplemented


b = Both()
print(b != b, b != p, p != b, b != e, e != b)

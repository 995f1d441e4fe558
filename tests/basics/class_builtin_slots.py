# dunders of builtin types (int.__add__, super().__getitem__) and subclasses of builtins
print(int.__add__(3, 4), (5).__mul__(2), int.__radd__(1, 2), "a".__add__("b"), [1,2].__len__())
print(float.__truediv__(1.0, 4), (3).__lt__(4), int.__neg__(5), (2).__pow__(10), int.__repr__(5))
class L(list):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
l = L([1, 2, 3], "t")
print(l[1], len(l), l.tag, list(l), 2 in l)
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __add__(self, o):
        return MyInt(int(self) + int(o))
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, m * 3, isinstance(m, int))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d["a"] = 1
print(d, d["a"])
class S(set): pass
s = S([1, 2]); s |= {3}; print(type(s).__name__, sorted(s))
class F(frozenset):
    def __init__(self, it): self.extra = 1
print(sorted(F([1, 2])), F([1]).extra)
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("ab") + "c", len(MyStr("xyz")), MyStr("q") == "q")
print(hasattr(object, "__add__"), hasattr(1, "__add__"), object.__eq__(1, 1))

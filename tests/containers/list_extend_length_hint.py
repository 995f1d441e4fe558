# list.extend, list(), += and [*x] ask an iterable that is not exactly a list or tuple for its
# length first, as CPython does, a list subclass included; an exact list or tuple is copied.
class L(list):
    def __len__(self):
        print("len")
        return list.__len__(self)
class T(tuple):
    def __len__(self):
        print("tlen")
        return 2
x = L([1, 2])
print([*x])
a = []; a.extend(x); print(a)
print(list(x))
print([*T((3, 4))], [0, *x, 5])
b = [9]; b += x; print(b)

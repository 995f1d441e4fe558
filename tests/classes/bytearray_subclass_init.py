# A bytearray subclass's __init__ fills the value through super().__init__(...), as a list
# subclass's does; called again it refills it.
class B(bytearray):
    def __init__(self, data, extra=b""):
        super().__init__(data + extra)
        self.extra = extra


b = B(b"ab", b"c")
print(b, len(b), b.extra, b == b"abc")
b.__init__(b"xy")
print(b, len(b))
bytearray.__init__(b, 3)
print(b)
b.append(65)
print(b, b[3])
print(B(b""), B(b"q").upper())


class L(list):
    def __init__(self, x):
        self.append(9)
        super().__init__(x)


print(L([1, 2]))

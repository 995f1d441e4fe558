# A bound method hashes its self by identity, as == compares it, so a method of an unhashable
# object is hashable and two reads of one method are one dict key.
class NoHash:
    __hash__ = None

    def f(self):
        return 1


n = NoHash()
print(type(hash(n.f)) is int, hash(n.f) == hash(n.f), n.f == n.f)
try:
    hash(n)
except TypeError as e:
    print("TypeError", e)
lst = []
print(type(hash(lst.append)) is int, hash(lst.append) == hash(lst.append))
d = {lst.append: "append", n.f: "f"}
print(d[lst.append], d[n.f], len(d))
other = []
print(lst.append == other.append, lst.append == lst.append)


class Eq:
    def __eq__(self, o):
        return True

    __hash__ = object.__hash__

    def g(self):
        return 2


a, b = Eq(), Eq()
print(a == b, a.g == b.g, a.g == a.g)

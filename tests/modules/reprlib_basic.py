# reprlib: limits on depth, items, string and int length; recursive_repr.
import reprlib
from array import array
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.repr("a" * 40), reprlib.repr("ab'\n" * 20), reprlib.repr(10**50), reprlib.repr(-(10**45)))
print(reprlib.repr(list(range(10))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr({i: str(i) * i for i in range(9)}), reprlib.repr({}), reprlib.repr({"b": 1, 2: "a"}))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset("abcdefgh")),
      reprlib.repr(frozenset()), reprlib.repr({3, 1, (2,)}))
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()))
print(reprlib.repr(array("i", range(10))), reprlib.repr(array("b")), reprlib.repr(array("d", [1.5])))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(((((((((),),),),),),),)), reprlib.repr([[], [[]]]))
print(reprlib.repr(object)[:14], reprlib.repr(range(100)), reprlib.repr(3.25), reprlib.repr(None))


class Loud:
    def __repr__(self):
        return "Loud" + "!" * 40


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Loud()), reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r.maxlevel = 2
r.maxlist = 2
r.maxdict = 1
r.maxstring = 8
r.maxlong = 6
r.maxother = 5
r.fillvalue = "+"
print(r.repr([[1, [2]], 3, 4]), r.repr({"key": [1, 2, 3], "z": 0}), r.repr("abcdefghijkl"),
      r.repr(1234567890), r.repr(Loud()), r.repr(((1,),)))
r.maxstring = 2
r.maxlong = 1
print(r.repr("abcdef"), r.repr(123456), r.repr([]), r.repr([[]]))


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return "int:%d" % x


print(Custom().repr([1, (2, "x")]))

# Pseudo-random nested values under random limits.
seed = [12345]


def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n


def value(depth):
    k = rnd(9 if depth < 4 else 4)
    if k == 0:
        return rnd(10**rnd(60))
    if k == 1:
        return "xy'\"\\\n"[rnd(6)] * rnd(50)
    if k == 2:
        return None
    if k == 3:
        return -rnd(1000)
    if k == 4:
        return [value(depth + 1) for _ in range(rnd(9))]
    if k == 5:
        return tuple(value(depth + 1) for _ in range(rnd(4)))
    if k == 6:
        return {rnd(20): value(depth + 1) for _ in range(rnd(7))}
    if k == 7:
        return {rnd(30) for _ in range(rnd(9))}
    return deque(value(depth + 1) for _ in range(rnd(9)))


for i in range(200):
    r = reprlib.Repr()
    for name in ("maxlevel", "maxlist", "maxtuple", "maxdict", "maxset", "maxdeque",
                 "maxstring", "maxlong"):
        if rnd(3) == 0:
            setattr(r, name, rnd(12))
    print(r.repr(value(0)))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))


class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        "Docstring kept."
        return "Other(%r)" % (self.items,)


o = Other()
o.items = [o, 1]
print(repr(o), Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__)
print(reprlib.__all__, reprlib.aRepr.maxlevel)

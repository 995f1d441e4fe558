# The repr of an instance of a subclass of a builtin: bytearray, set and frozenset name the
# subclass, the other containers and values print as their base does.
import collections


class BA(bytearray):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


class Q(collections.deque):
    pass


class R(bytearray):
    def __repr__(self):
        return "R!"


for o in [BA(b"x'\x00"), BA(), S({1}), S(), F({2}), F(), L([1]), T((1,)), D(a=1), Q([1]), R(b"r")]:
    print(repr(o), str(o), "%r" % (o,), [o])
print(bytearray(b"ab"), repr(set()), repr(frozenset()))


# str() of bytes and bytearray is their own __str__, which a class's __repr__ does not override.
class BR(bytes):
    def __repr__(self):
        return "BR!"


print(str(BR(b"q")), repr(BR(b"q")), [BR(b"q")], "{}".format(BR(b"q")))

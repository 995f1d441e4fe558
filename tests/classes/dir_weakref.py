# dir() of an instance lists __weakref__ exactly where the instance has that attribute: classes
# without __slots__ or with '__weakref__' in them, but not subclasses of int, bytes or tuple.
class M:
    pass
class S:
    __slots__ = ('a',)
class W:
    __slots__ = ('a', '__weakref__')
class I(int):
    pass
class L(list):
    pass
class Sub(M):
    __slots__ = ()
for o in [M(), S(), W(), I(), L(), Sub()]:
    d = dir(o)
    print(type(o).__name__, '__weakref__' in d, '__dict__' in d, hasattr(o, '__weakref__'))

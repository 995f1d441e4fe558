# The method resolution order of builtin types (their chain of parents, then object) as lookups,
# super(), __mro__, mro() and dir() walk it, next to the MRO a class stores.
print(bool.__mro__, object.__mro__, KeyError.__mro__, bool.mro(), type.__mro__)
print([c.__name__ for c in OSError.mro()], int.mro() == list(int.__mro__))


class A(KeyError):
    pass


class M:
    pass


class B(A, M):
    pass


print([c.__name__ for c in B.__mro__], B.mro() == list(B.__mro__))
print(super(A, A("k")).__str__(), super(A, A("k")).__repr__())
print(set(dir(object)) <= set(dir(True)), set(dir(object)) <= set(dir(KeyError)))
print("__init__" in dir(bool), "bit_length" in dir(True), "with_traceback" in dir(B))
print(KeyError.__init__ is BaseException.__init__, B.__init__(B("x"), "y"))

# object.__dir__ lists each name once, though B's MRO defines many of them more than once.
names = B("x").__dir__()
print(len(names) == len(set(names)), "__init__" in names, "__str__" in names)

# The builtin classes have docstrings; classes without one, and instances' own, stay None.
for t in (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, slice, memoryview, property, staticmethod, classmethod, super,
          BaseException, Exception, BaseExceptionGroup):
    print(t.__name__, isinstance(t.__doc__, str) and len(t.__doc__) > 10)


class Plain(int):
    pass


class Documented(dict):
    'My own words.'


print(Plain.__doc__, Documented.__doc__, Documented().__doc__)
print(int.__doc__.splitlines()[0], '|', range.__doc__.splitlines()[0])

# The mutable builtin containers have __hash__ = None, as in CPython; their subclasses inherit it.
for t in (list, dict, set, bytearray, slice, tuple, int, str, frozenset, object, bytes, range, type(None)):
    print(t.__name__, t.__hash__ is None)
print([].__hash__, {}.__hash__ is None, hash((1, 2)) == (1, 2).__hash__())
class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
for v in (L(), H()):
    try:
        print(hash(v))
    except TypeError as e:
        print('TypeError', e)
print(L.__hash__ is None, H.__hash__ is None)
s = {H()}
print(len(s))
class D(dict):
    pass
try:
    {D(): 1}
except TypeError as e:
    print('TypeError', e)
for v in ([], {}, set(), bytearray(), slice(1)):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)

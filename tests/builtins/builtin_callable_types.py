import sys
items = [len, print, abs, int, str, type, object, lambda: 0, [].append, 'x'.upper, sys.exit, classmethod, property, range, zip, map, iter([]), 5, 'str', None, [], {}]
print([callable(x) for x in items])
class WithCall:
    def __call__(self, *a):
        return a
class NoCall:
    pass
print(callable(WithCall()), callable(NoCall()), callable(WithCall), callable(WithCall().__call__))
w = WithCall()
print(w(1, 2), w(), WithCall.__call__(w, 3))
nc = NoCall()
nc.__call__ = lambda: 'inst'
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)

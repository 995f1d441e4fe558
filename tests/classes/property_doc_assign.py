# property: __doc__ can be set and deleted (then None); fget, fset and fdel are read-only.
def get(self):
    "getter doc"
    return 1
p = property(get)
print(p.__doc__)
p.__doc__ = "changed"
print(p.__doc__)
del p.__doc__
print(p.__doc__)
q = property(get, doc="given")
print(q.__doc__)
try:
    p.fget = None
except AttributeError as e:
    print("AttributeError", e)
class C:
    x = property(get)
C.x.__doc__ = "on the class"
print(C.x.__doc__, C().x)

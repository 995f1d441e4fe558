class C:
    def __init__(self):
        self._v = 0
    def getv(self):
        return self._v
    def setv(self, v):
        self._v = v
    def delv(self):
        self._v = 'deleted'
    v = property(getv, setv, delv, 'v doc')
    ro = property(getv)
    wo = property(None, setv)
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.ro.fget is C.getv, C.v.fset is C.setv, C.v.fdel is C.delv)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    c.wo
except AttributeError as e:
    print(type(e).__name__)
c.wo = 'via wo'
print(c.ro)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
p2 = p.getter(lambda self: 'g')
print(p2.fget(None), p is not p2)
print(property(C.getv).__doc__, type(C.v).__name__, isinstance(C.v, property))
def documented(self):
    "getter doc"
    return 1
print(property(documented).__doc__)
class D:
    @property
    def x(self):
        return 'x'
    x = x.setter(lambda self, v: print('setting', v))
d = D()
d.x = 3
print(d.x)
try:
    property(5).__get__(d, D)
except TypeError as e:
    print(type(e).__name__)

# A property without a getter, setter or deleter: the AttributeError names it once the class
# statement has called its __set_name__.
class Q:
    @property
    def r(self): return 1
    w = property()
for op in ('set', 'del', 'get'):
    for name in ('r', 'w'):
        try:
            if op == 'set': setattr(Q(), name, 2)
            elif op == 'del': delattr(Q(), name)
            else: print(getattr(Q(), name))
        except AttributeError as e: print(op, name, e)
for f in (lambda: Q.r.__set__(Q(), 5), lambda: Q.r.__delete__(Q()), lambda: Q.w.__get__(Q()),
          lambda: property(lambda s: 1).__set__(1, 2), lambda: property().__get__(3, int)):
    try: f()
    except AttributeError as e: print(e)
class R(Q):
    pass
try: R().r = 3
except AttributeError as e: print(e)
class S:
    def g(self): return 'g'
    x = property(g)
    y = x
print(S().x, S().y)
try: S().y = 1
except AttributeError as e: print(e)
s = property(lambda self: 7)
class T: pass
T.z = s
s.__set_name__(T, 'z')
try: T().z = 1
except AttributeError as e: print(e)
p = Q.r.setter(lambda self, v: None)
print(type(p).__name__)

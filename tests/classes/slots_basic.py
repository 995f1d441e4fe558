class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(p, '__dict__'))
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print('unset slot', type(e).__name__)
class Q(P):
    pass
q2 = Q(1, 2)
q2.z = 'subclass has dict'
print(q2.z, hasattr(q2, '__dict__'))
class R(P):
    __slots__ = ('z',)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 4
except AttributeError as e:
    print(type(e).__name__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only)
print(P.__slots__, type(P.__dict__['x']).__name__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print(type(e).__name__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__)
print(sorted(P.__slots__))

# collections.namedtuple: fields, defaults, rename, methods, repr, subclassing and errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(Point, Point.__name__, Point._fields, Point._field_defaults, Point.__doc__)
print(isinstance(p, tuple), issubclass(Point, tuple), type(p).__name__, Point.__module__)
x, y = p
print(x, y, p + (3,), p * 2, p[::-1], p.index(2), p.count(1))
print(p._asdict(), p._replace(x=10), Point._make([7, 8]), Point._make(range(2)))
print(Point.x.__doc__, Point.__match_args__)

P3 = namedtuple('P3', 'a b c')
P4 = namedtuple('P4', 'a, b,c')
print(P3(1, 2, 3), P4._fields)
One = namedtuple('One', 'only')
print(One(5), One._make([6]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)

D = namedtuple('D', 'a b c', defaults=[20, 30])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D.__new__.__defaults__)
D2 = namedtuple('D2', 'a b', defaults=(None,))
print(D2(0))

R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '2'], rename=True)
print(R._fields)

M = namedtuple('M', 'a', module='mymod')
print(M.__module__)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(y=0), type(v._replace(y=0)).__name__)

# match statement and sorting
for item in [Point(0, 0), Point(1, 0), Point(3, 3)]:
    match item:
        case Point(x=0, y=0):
            print('origin')
        case Point(x, 0):
            print('on x axis at', x)
        case Point(x, y):
            print('at', x, y)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(2, 1), Point(1, 5), key=lambda q: q.y))
print({p: 'dict key'}[Point(1, 2)])

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(namedtuple, '1x', 'a')
err(namedtuple, 'A', 'a 1b')
err(namedtuple, 'A', 'a class')
err(namedtuple, 'def', 'a')
err(namedtuple, 'A', 'a _b')
err(namedtuple, 'A', 'a b a')
err(namedtuple, 'A', 'a', defaults=[1, 2])
err(namedtuple, 'A', ['a', 'b-c'])
err(Point, 1)
err(Point, 1, 2, 3)
err(Point, 1, 2, z=3)
err(Point._make, [1])
err(p._replace, z=1)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')

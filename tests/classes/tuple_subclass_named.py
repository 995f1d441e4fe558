class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self
    def _replace(self, **kw):
        return Point(kw.get('x', self.x), kw.get('y', self.y))
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._replace(y=5), p + (3,), type(p + (3,)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: 'found'}[(1, 2)], max(Point(0, 9), Point(1, 0)))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__)
print(isinstance(p, tuple), Point.__mro__[1].__name__, p.count(1), p.index(2))

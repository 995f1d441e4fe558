def init(self, x):
    self.x = x
def describe(self):
    return '%s(x=%r)' % (type(self).__name__, self.x)
Point = type('Point', (), {'__init__': init, '__repr__': describe, 'dims': 2})
p = Point(5)
print(p, Point.dims, Point.__name__, Point.__qualname__, type(Point).__name__)
Point3 = type('Point3', (Point,), {'dims': 3, 'z': property(lambda self: self.x * 3)})
q = Point3(2)
print(q, q.z, Point3.dims, isinstance(q, Point), [c.__name__ for c in Point3.__mro__])
def make_class(name, fields):
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return '%s(%s)' % (name, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    return type(name, (object,), {'__init__': __init__, '__repr__': __repr__, '__slots__': tuple(fields)})
Pair = make_class('Pair', ['left', 'right'])
pr = Pair(1, 'two')
print(pr, Pair.__slots__, hasattr(pr, '__dict__'))
Meta = type('Meta', (type,), {'tag': 'meta-attr'})
WithMeta = Meta('WithMeta', (), {})
print(type(WithMeta).__name__, WithMeta.tag)
C = type('C', (), {'__qualname__': 'Outer.C'})
print(C.__name__, C.__qualname__)

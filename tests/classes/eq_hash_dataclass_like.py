class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
pts = [Point(2, 1), Point(1, 2), Point(1, 1), Point(2, 1)]
print(sorted(pts))
print(len(set(pts)), Point(1, 2) in set(pts), pts.count(Point(2, 1)), pts.index(Point(1, 1)))
print(Point(1, 1) == Point(1, 1), Point(1, 1) != Point(1, 2), Point(0, 0) == (0, 0))
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], d.get(Point(9, 9), 'none'))
print(max(pts), min(pts))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    __hash__ = None
    def __repr__(self):
        return 'Money(%d)' % self.cents
print(Money(5) + Money(7), Money(1) == Money(1))
try:
    {Money(1)}
except TypeError as e:
    print(type(e).__name__, e)

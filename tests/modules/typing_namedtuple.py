# typing: NamedTuple (class and functional syntax) and TypedDict.
from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, is_typeddict


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(1)
q = Point(3, -4)
print(p, q, repr(q), q.norm(), q.swapped, p == (1, 0), p[0], len(q), tuple(q))
print(Point._fields, Point._field_defaults, q._asdict(), q._replace(y=5), Point._make([7, 8]))
print(isinstance(p, tuple), type(p).__name__, [c.__name__ for c in Point.__mro__])
print(Point.__annotations__, Point.__doc__, Point.x, Point.__new__.__qualname__)
x, y = q
print(x, y, q.x, q.y, hash(p) == hash((1, 0)), sorted([q, p]), max(p, q))
print({p: 'origin-ish'}[Point(1, 0)], q.count(3), q.index(-4), q + (9,), q * 2)
match q:
    case Point(x=3, y=yy):
        print('matched', yy)
match p:
    case Point(a, b):
        print('positional', a, b)


def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: p._replace(z=1))
show(lambda: Point._make([1]))
show(lambda: setattr(p, 'x', 3))
show(lambda: setattr(p, 'z', 3))


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_override():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


show(bad_order)
show(bad_override)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 3)
print(e, e.name, Employee.__annotations__, Employee._fields)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'b'), Kw._fields)


class Nested(NamedTuple):
    points: List[Point]
    label: Optional[str] = None


n = Nested([p, q])
print(n, n._asdict()['points'][1].y)


class Movie(TypedDict):
    name: str
    year: int


class Extended(Movie, total=False):
    rating: float


m = Movie(name='Blade Runner', year=1982)
m2: Movie = {'name': 'Alien', 'year': 1979}
print(m, type(m).__name__, m['name'], m2['year'], sorted(Movie.__required_keys__))
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__,
      Movie.__total__, Extended.__annotations__)
print(Extended(name='x', year=1, rating=2.5), is_typeddict(Movie), is_typeddict(dict))
show(lambda: isinstance(m, Movie))
Point2D = TypedDict('Point2D', {'x': int, 'y': int})
print(Point2D(x=1, y=2), sorted(Point2D.__required_keys__), Point2D.__annotations__)


class Opt(TypedDict, total=False):
    a: Required[int]
    b: int


class Req(TypedDict):
    c: NotRequired[str]
    d: int


print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__))
print(sorted(Req.__required_keys__), sorted(Req.__optional_keys__))

# dataclasses: generated __init__, __repr__, __eq__, defaults, factories, fields().
from typing import ClassVar
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(x=4, y=5), Point(y=1, x=2))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), p.x, p.y)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(fields(Point)[0].default is MISSING, fields(Point)[0].init, fields(Point)[0].repr)
print(asdict(p), astuple(p), replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5), is_dataclass(int))
print(Point.y, 'x' in Point.__dict__)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    notes: str = field(default='', repr=False)
    secret: int = field(default=0, compare=False)

    def total(self):
        return self.unit_price * self.quantity


a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret=99)
a.tags.append('new')
print(a, a.total(), b.tags, a.tags is not b.tags)
print(a == b, Inventory.__doc__)
print(asdict(a))


@dataclass
class Line:
    start: Point
    end: Point
    label: str = 'line'


ln = Line(Point(0, 0), Point(3, 4))
print(ln)
print(asdict(ln), astuple(ln))


@dataclass
class Nested:
    items: list
    mapping: dict
    pair: tuple


n = Nested([Point(1, 1), 2], {'k': Point(2, 2)}, (Point(3, 3), 'x'))
print(asdict(n))
print(astuple(n))


@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=list, init=False)
    computed: int = field(init=False, default=7)

    def __post_init__(self):
        self.history.append(self.count)
        self.double = self.count * 2


c = Counter(5)
print(c, c.history, c.double, c.computed)
try:
    replace(c, history=[])
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int = 1
    y: str = 'b'


@dataclass
class Child(Base):
    z: float = 2.0
    x: int = 10


print(Child(), Child(5, 'q', 1.5), [f.name for f in fields(Child)], Child.__doc__)


@dataclass(repr=False, eq=False)
class Plain:
    v: int


pl = Plain(1)
print(pl == Plain(1), pl == pl, pl.v, type(hash(pl)).__name__, 'object at' in repr(pl))


@dataclass()
class WithClassVar:
    count: ClassVar[int] = 0
    name: str = 'n'


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))


class Outer:
    @dataclass
    class Inner:
        a: int

print(Outer.Inner(1))
print(Point.__dataclass_fields__['x'].name, Point.__dataclass_params__.eq)

# dataclasses: frozen, order, hashing, kw_only, KW_ONLY, InitVar, slots, match_args.
from dataclasses import (dataclass, field, fields, replace, FrozenInstanceError, InitVar,
                         KW_ONLY, make_dataclass, asdict)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1, 2)), {f: 'v'}[Frozen(1)])
for action in (lambda: setattr(f, 'x', 5), lambda: delattr(f, 'y'), lambda: setattr(f, 'z', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(replace(f, y=7), f)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashy(3)) == hash((3,)), Hashy(3) == Hashy(3, [1]))


@dataclass(eq=False)
class IdentityHash:
    a: int


x = IdentityHash(1)
print({x: 1}[x], x == IdentityHash(1))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print(type(e).__name__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Mixed(1, c=3), Mixed(1, b=2, c=3), Mixed.__match_args__, [f.kw_only for f in fields(Mixed)])
print(Mixed.__doc__)


@dataclass
class KwField:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0


print(KwField(1, 2), KwField(1, b=3), KwField.__doc__)


@dataclass
class WithInitVar:
    value: int
    scale: InitVar[int] = 10
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        self.scaled = self.value * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 2).scaled, [fl.name for fl in fields(w)], repr(InitVar[int]))
print(replace(w, value=4), WithInitVar.__doc__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1, 2)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), '__dict__' in dir(Slotted))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass
class Shape:
    kind: str
    size: int = 1


def describe(obj):
    match obj:
        case Shape('circle', size):
            return 'circle of %d' % size
        case Shape(kind=k):
            return 'shape ' + k
    return 'other'


print(describe(Shape('circle', 4)), describe(Shape('square')), describe(3))

Pt = make_dataclass('Pt', [('x', int), 'z', ('y', int, field(default=0))],
                    namespace={'norm': lambda self: self.x + self.y})
p = Pt(1, 2, 3)
print(p, p.norm(), [f.name for f in fields(Pt)], asdict(p))
Ordered = make_dataclass('Ordered', [('v', int)], order=True, frozen=True)
print(sorted([Ordered(3), Ordered(1)]), hash(Ordered(1)) == hash((1,)))


@dataclass
class Recursive:
    name: str
    children: list = field(default_factory=list)


r = Recursive('root')
r.children.append(r)
print(r)


@dataclass
class Meta:
    x: int = field(default=1, metadata={'unit': 'm'})


fm = fields(Meta)[0]
print(fm.metadata['unit'], dict(fm.metadata), len(fields(Meta)[0].metadata))

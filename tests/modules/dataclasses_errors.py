# dataclasses: errors raised while defining and using dataclasses.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


def mutable_list():
    @dataclass
    class A:
        x: list = []


def mutable_dict():
    @dataclass
    class A:
        x: dict = {}


def mutable_set():
    @dataclass
    class A:
        x: set = set()


def order_no_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def default_order():
    @dataclass
    class A:
        x: int = 1
        y: int


def both_defaults():
    return field(default=1, default_factory=list)


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


def field_no_annotation():
    @dataclass
    class A:
        x = field(default=1)


for fn in (mutable_list, mutable_dict, mutable_set, order_no_eq, default_order, both_defaults,
           overwrite_lt, frozen_from_plain, plain_from_frozen, unsafe_with_hash,
           field_no_annotation):
    show(fn)


@dataclass
class P:
    x: int
    y: int = 0


show(lambda: P())
show(lambda: P(1, 2, 3))
show(lambda: P(1, z=3))
show(lambda: fields(5))
show(lambda: asdict(P))
show(lambda: astuple(3))
show(lambda: replace(5, x=1))
show(lambda: replace(P(1), z=1))


@dataclass
class NeedsInitVar:
    x: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.x *= scale


show(lambda: NeedsInitVar(2, 3))
show(lambda: replace(NeedsInitVar(2, 3), x=5))

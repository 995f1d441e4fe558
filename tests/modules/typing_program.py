# typing, dataclasses, enum and abc together: NamedTuple subclasses, enum properties, generic queues.
from typing import NamedTuple, Protocol, Optional, List, Iterator, Generic, TypeVar
from dataclasses import dataclass, field
from enum import Enum, IntEnum
import abc

class Point(NamedTuple):
    x: float
    y: float = 0.0
class Point3(Point):
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point3(3, 4)
print(p, p.dist(), type(p).__name__, isinstance(p, Point))

class Suit(Enum):
    HEARTS = ('♥', 'red')
    SPADES = ('♠', 'black')
    def __init__(self, symbol, color):
        self.symbol = symbol
        self.color = color
    @property
    def label(self): return f'{self.symbol} ({self.color})'
    def __str__(self): return self.symbol
print(Suit.HEARTS.label, str(Suit.SPADES), f'{Suit.HEARTS}', format(Suit.SPADES, '>3'), Suit(('♥', 'red')))
print([s.name for s in Suit], Suit.HEARTS.value)

@dataclass
class Base:
    a: int
@dataclass
class Derived(Base):
    b: int = 0
print(Base(1) == Derived(1), Derived(1) == Derived(1, 0), Base(1) == Base(1))

class Animal(abc.ABC):
    @property
    @abc.abstractmethod
    def sound(self) -> str: ...
    def speak(self): return f'{type(self).__name__} says {self.sound}'
class Dog(Animal):
    @property
    def sound(self): return 'woof'
print(Dog().speak())
try: Animal()
except TypeError as e: print(e)

T = TypeVar('T')
class Queue(Generic[T]):
    def __init__(self): self._items: List[T] = []
    def push(self, x: T) -> None: self._items.append(x)
    def __iter__(self) -> Iterator[T]: return iter(self._items)
    def __len__(self): return len(self._items)
q: Queue[int] = Queue()
q.push(1); q.push(2)
print(list(q), len(q))

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(list(range(Level.HIGH)), '%d %s' % (Level.LOW, Level.LOW), Level.LOW | 2, Level.HIGH.bit_length())
print(Level.__members__.items())

@dataclass
class Inv:
    items: List[str] = field(default_factory=lambda: ['a', 'b'])
    count: int = field(init=False)
    def __post_init__(self): self.count = len(self.items)
print(Inv(), Inv(['x']))

class Color(Enum):
    RED = 'r'
    @classmethod
    def _missing_(cls, value):
        return cls.RED
print(Color('anything'), Color.RED == Color('r'))
import dataclasses
@dataclasses.dataclass(frozen=True)
class Key:
    a: int
    b: str
s = {Key(1, 'a'), Key(1, 'a'), Key(2, 'b')}
print(len(s), Key(1, 'a') in s)
print(dataclasses.astuple(Key(1, 'x')), dataclasses.asdict(Key(2, 'y')))

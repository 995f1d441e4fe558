# typing: TypeVar, Generic classes, Protocol and runtime_checkable.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, List, Dict, Iterator,
                    Optional, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return 'Box(%r)' % (self.item,)


b = Box(3)
bi = Box[int](4)
print(b.get(), bi, Box[int], Box[str] == Box[str], Box.__parameters__, Box.__orig_bases__)
print([c.__name__ for c in Box.__mro__], bi.__orig_class__, type(bi).__name__)


class IntBox(Box[int]):
    pass


print(IntBox(5).get(), IntBox.__orig_bases__, [c.__name__ for c in IntBox.__mro__],
      IntBox.__parameters__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair[str, int], Pair.__parameters__, Pair('a', 1).value, Pair[str, V], Pair[str, V][int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), isinstance(s, Stack))


class LinkedList(Generic[T]):
    def __init__(self, value: T, next: Optional['LinkedList[T]'] = None):
        self.value = value
        self.next = next


ll = LinkedList(1, LinkedList(2))
print(ll.next.value, LinkedList[int])


class Mapping2(Dict[K, V]):
    pass


m = Mapping2(a=1)
print(m, isinstance(m, dict), Mapping2.__parameters__)


class Multi(Box[T], Generic[T]):
    pass


print(Multi.__parameters__, [c.__name__ for c in Multi.__mro__])


def show(f):
    try:
        print('ok', f())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: Pair[int])
show(lambda: Box[int, str])
show(lambda: IntBox[int])
show(lambda: Generic[int])
show(lambda: Generic[T, T])
show(lambda: isinstance(b, Box[int]))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print('closed')


class NotClosable:
    pass


print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable),
      issubclass(Resource, Closable), issubclass(int, Closable))


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle(Drawable):
    def draw(self) -> str:
        return 'circle'


class Square:
    def draw(self) -> str:
        return 'square'


def render(shape: Drawable) -> str:
    return shape.draw()


print(render(Circle()), render(Square()))
show(lambda: isinstance(Circle(), Drawable))
show(lambda: isinstance(Square(), Drawable))
show(lambda: Drawable())


@runtime_checkable
class HasArea(Protocol):
    area: float

    def perimeter(self) -> float:
        ...


class Rect:
    def __init__(self):
        self.area = 2.0

    def perimeter(self):
        return 6.0


print(isinstance(Rect(), HasArea), isinstance(Resource(), HasArea))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat),
      isinstance(3, SupportsIndex), isinstance(-1, SupportsAbs), issubclass(float, SupportsIndex))


class GenericProto(Protocol[T]):
    def get(self) -> T:
        ...


print(GenericProto[int], GenericProto.__parameters__)

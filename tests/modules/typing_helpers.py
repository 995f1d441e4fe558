# typing: get_type_hints, overload, final, NewType, no_type_check, assert_never and friends.
from typing import (get_type_hints, overload, final, NewType, no_type_check, List, Dict,
                    Optional, Union, Annotated, ClassVar, Final, Any, Callable, assert_never,
                    assert_type, get_overloads, ForwardRef, TypeVar, Literal)
import typing


class Node:
    value: int
    children: List['Node']
    parent: Optional['Node'] = None
    count: ClassVar[int] = 0
    LIMIT: Final = 10


class Leaf(Node):
    tag: 'str'


def func(a: int, b: 'str' = 'x', *args: float, c: Optional[Dict[str, int]] = None,
         **kw: Any) -> List[int]:
    return [a]


def noret(x) -> None:
    pass


def annotated(x: Annotated[int, 'positive']) -> Annotated[str, 'out']:
    return str(x)


print(get_type_hints(func))
print(get_type_hints(noret), get_type_hints(lambda x: x))
print(get_type_hints(Node))
print(list(get_type_hints(Leaf)))
print(get_type_hints(annotated), get_type_hints(annotated, include_extras=True))
print(get_type_hints(Leaf)['tag'], get_type_hints(Node)['children'])


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))


@overload
def only(x: int) -> int:
    ...


try:
    only(1)
except NotImplementedError as e:
    print('NotImplementedError')


@final
class Sealed:
    @final
    def method(self):
        return 'm'


print(Sealed.__final__, Sealed().method(), Sealed.method.__final__)
UserId = NewType('UserId', int)
uid = UserId(5)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, UserId.__name__, uid + 1)
Name = NewType('Name', str)
print(Name('x').upper(), repr(Name), UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError', e)


@no_type_check
def untyped(x: 'not a type') -> 'whatever':
    return x


print(untyped(1), untyped.__no_type_check__, get_type_hints(untyped))
print(assert_type(5, int))
try:
    assert_never(3)
except AssertionError as e:
    print('AssertionError', e)
print(ForwardRef('X'), ForwardRef('X') == ForwardRef('X'), repr(List['X']))
T = TypeVar('T')


def first(xs: List[T]) -> T:
    return xs[0]


print(first([4, 5]), get_type_hints(first))
Handler = Callable[[int], None]
Vector = List[float]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


print(scale(2.0, [1.0, 2.5]), Vector, Handler)
Mode = Literal['r', 'w']


def open_mode(mode: Mode) -> str:
    return mode


print(open_mode('r'), Mode, get_type_hints(open_mode))
print(typing.TYPE_CHECKING, typing.Text is str, typing.NoReturn, typing.Never)
if typing.TYPE_CHECKING:
    print('never')
from typing import get_type_hints, Optional
class Node:
    children: list['Node']
    mapping: dict[str, 'Node']
    maybe: 'Node | None'
    opt: Optional['Node']
print(get_type_hints(Node))
def f(x: list[int], y: 'tuple[int, ...]') -> 'dict[str, list[int]]': ...
print(get_type_hints(f))

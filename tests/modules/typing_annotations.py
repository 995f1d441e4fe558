# typing: the special forms and generic aliases, their reprs, equality and introspection.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping,
                    Awaitable, Coroutine, AsyncIterator, NoReturn, Never, Literal, Final,
                    ClassVar, Annotated, TypeVar, Self, LiteralString, TypeAlias, Hashable,
                    Sized, Deque, DefaultDict, Counter, Collection, Container, AbstractSet,
                    MutableSequence, ContextManager, AsyncGenerator, ParamSpec, Concatenate,
                    get_origin, get_args, TYPE_CHECKING, cast, Text, AnyStr)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', int, str, covariant=True)
C = TypeVar('C', contravariant=True)
forms = [Any, Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, str, int],
         List[int], List, Dict[str, int], Set[int], FrozenSet[str], Tuple[int, ...],
         Tuple[int, str], Tuple[()], Tuple, Type[int], Callable[[int, str], bool],
         Callable[..., int], Callable[[], None], Callable, Iterable[int], Iterator[str],
         Generator[int, None, None], Sequence[int], Mapping[str, int],
         MutableMapping[str, int], Awaitable[int], Coroutine[Any, Any, int],
         AsyncIterator[int], NoReturn, Never, Literal[1, 'a'], Literal[True], Final[int],
         ClassVar[int], Annotated[int, 'meta'], Annotated[List[int], 'a', 2], T, K, S, C,
         Self, LiteralString, Optional[List[int]], List[T], Dict[K, T],
         Union[List[int], None], Optional[Union[int, str]], TypeAlias, Hashable, Sized,
         Deque[int], DefaultDict[str, int], Counter[str], Collection[int], Container[int],
         AbstractSet[int], MutableSequence[int], ContextManager[int],
         AsyncGenerator[int, None], List['Foo'], Dict[str, 'Bar'], Optional['Baz'],
         Union[int, List[Optional[str]]], Text, AnyStr, typing.Generic, typing.Protocol]
for form in forms:
    print(repr(form))

P = ParamSpec('P')
print(P, P.args, P.kwargs, Concatenate[int, P], Callable[P, int])
print(Callable[Concatenate[int, P], int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int],
      List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[str, str])
print(hash(List[int]) == hash(List[int]), hash(Union[int, str]) == hash(Union[str, int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1], Union[int, Union[str, float]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]))
print(get_args(Optional[int]), get_origin(int), get_args(int), get_origin(List))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(get_args(Callable[..., str]), get_origin(Literal[1]), get_args(Literal[1, 'x']))
print(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_args(Tuple[int, ...]))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(int | str), get_args(int | str))
print(int | str, Optional[int] | str, List[int] | None, str | List[int], Union[int, str] | None)
print(TYPE_CHECKING, cast(int, 'x'), cast('int', 3), cast(List[int], [1]))
print(List[int].__origin__, List[int].__args__, Union[int, str].__args__, T.__name__)
print(K.__bound__, S.__constraints__, S.__covariant__, C.__contravariant__, T.__bound__)
print(Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__)
print(Annotated[Annotated[int, 'a'], 'b'], Tuple[int, ...].__args__)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(3, Hashable))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sized))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[str]), isinstance(None, Optional[int]))
print(List[int]([1, 2]) if False else 'skip', Dict.__origin__, Type[int].__origin__)


def show(f):
    try:
        print('ok', f())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: isinstance([], List[int]))
show(lambda: issubclass(list, List[int]))
show(lambda: Optional[int, str])
show(lambda: Union[()])
show(lambda: Union[int, str]())
show(lambda: Any())
show(lambda: isinstance(3, Any))
show(lambda: List())
show(lambda: NoReturn[int])
show(lambda: ClassVar[int, str])
show(lambda: Callable[int, str])
show(lambda: TypeVar('X', int))
show(lambda: Dict[int])
show(lambda: List[int, str])
show(lambda: Annotated[int])


def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]:
    return {'x': x, 'y': y}


print(f([1], 'a'), f.__annotations__)

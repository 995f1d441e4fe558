# Helper of typing_module_names.py: typing objects made in a module that is not __main__.
import typing

T = typing.TypeVar('T')
P = typing.ParamSpec('P')
UserId = typing.NewType('UserId', int)
Point = typing.NamedTuple('Point', [('x', int), ('y', int)])
Movie = typing.TypedDict('Movie', {'name': str})


class Pair(typing.NamedTuple):
    a: int
    b: str = ''

# typing's functional forms record the module they were called from, as CPython's do.
import typing

import _typing_mod as m

for obj in (m.T, m.P, m.UserId, m.Point, m.Movie, m.Pair):
    print(getattr(obj, '__name__', None), obj.__module__)

T = typing.TypeVar('T')
Local = typing.NamedTuple('Local', [('v', int)])
Id = typing.NewType('Id', str)
print(T.__module__, Local.__module__, Id.__module__, repr(T), Id)


def make():
    return typing.TypeVar('Inner'), typing.NamedTuple('InFunc', [('z', int)])


tv, nt = make()
print(tv.__module__, nt.__module__, nt.__qualname__)
print(m.Point(1, 2), m.Pair(3), m.UserId(5))

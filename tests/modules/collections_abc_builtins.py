# collections.abc: isinstance/issubclass of the builtin types and of duck-typed classes.
from collections import abc, deque, OrderedDict, Counter, defaultdict
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Hashable, Sized, Container,
                             Callable, Generator, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, Reversible, Collection, KeysView, ItemsView,
                             ValuesView, MappingView, ByteString)

abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
        Hashable, Sized, Container, Callable, Generator, Reversible, Collection, ByteString]

def gen():
    yield 1

async def coro():
    pass

values = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), 1, 1.5, None,
          len, gen(), iter([]), iter({}), {}.keys(), {}.values(), {}.items(), deque(),
          OrderedDict(), Counter(), defaultdict(), lambda: 0, object(), type, reversed([]),
          zip(), map(str, []), enumerate([])]
for v in values:
    row = [a.__name__ for a in abcs if isinstance(v, a)]
    print(type(v).__name__, row)

c = coro()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Iterable))
c.close()
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView),
      isinstance({}.values(), ValuesView), isinstance({}.keys(), MappingView))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence),
      issubclass(int, Hashable), issubclass(list, Hashable), issubclass(tuple, Reversible))


class Duck:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1

    def __contains__(self, x):
        return True


class Caller:
    def __call__(self):
        pass


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


for obj in [Duck(), Caller(), It(), NoHash(), AIt()]:
    print(type(obj).__name__, [a.__name__ for a in abcs + [AsyncIterable, AsyncIterator]
                               if isinstance(obj, a)])
print(issubclass(Duck, Collection), issubclass(Duck, Sequence), issubclass(It, Iterator))


class Blocked(list):
    __iter__ = None


print(isinstance(Blocked(), Iterable), isinstance(Blocked(), Sized))

# register
class Virtual:
    pass


print(isinstance(Virtual(), Sequence))
Sequence.register(Virtual)
print(isinstance(Virtual(), Sequence), issubclass(Virtual, Reversible),
      issubclass(Virtual, MutableSequence))
print(MutableMapping.register(Virtual) is Virtual, isinstance(Virtual(), Mapping))

print(abc.Mapping is Mapping, sorted(abc.__all__)[:4])
try:
    issubclass(3, Iterable)
except TypeError as e:
    print('TypeError', e)
print(Iterable[int], Callable.__name__)

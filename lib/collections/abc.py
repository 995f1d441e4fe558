# lib/collections/abc.py: the collections.abc module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Abstract base classes of containers: isinstance() tests and mixin methods.

isinstance(x, Sequence) is True for the builtin sequences (registered here), for classes
that inherit an ABC and for classes registered with ABC.register(cls). The one-method ABCs
(Iterable, Sized, Container, Hashable, Callable, Iterator, ...) also accept any class that
defines their methods. A class that inherits an ABC gets its mixin methods (Mapping.get,
Sequence.index, MutableMapping.update...) and cannot be instantiated until it defines the
abstract ones.

The ABC machinery (_ABCMeta: register, __subclasshook__, __abstractmethods__, cached subclass
checks) is this module's own for now; it derives from abc.ABCMeta when an abc module exists,
so that classes can mix both kinds of ABC.
"""

import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString']

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None


# ==== the ABC machinery ====

def _abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


# The metaclass derives from abc.ABCMeta when there is an abc module, so that a class can
# inherit both an abc.ABC and one of these ABCs (the most derived metaclass is this one).
try:
    from abc import ABCMeta as _ABCBase
except ImportError:
    _ABCBase = type

# Bumped by every register(), so that cached negative answers are forgotten.
_abc_version = [0]


class ABCMeta(_ABCBase):
    """A metaclass whose isinstance/issubclass also look at registered classes and at the
    class's __subclasshook__, and whose classes refuse instantiation while abstract."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, key, None), '__isabstractmethod__', False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subs = []
        cls._abc_cache = {}
        cls._abc_negative = {}
        for base in bases:
            if isinstance(base, _ABCMeta):
                base._abc_subs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            # object.__new__ refuses surplus arguments before abstract methods.
            if (args or kwargs) and cls.__new__ is object.__new__ and \
                    cls.__init__ is object.__init__:
                raise TypeError('%s() takes no arguments' % cls.__name__)
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register subclass as a virtual subclass of this ABC; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_version[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        sub = type(instance)
        if cls.__subclasscheck__(sub):
            return True
        klass = getattr(instance, '__class__', sub)
        return klass is not sub and isinstance(klass, type) and cls.__subclasscheck__(klass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        neg = cls._abc_negative
        if neg.get(subclass) == _abc_version[0]:
            return False
        if cls._abc_check(subclass):
            cls._abc_cache[subclass] = True
            return True
        neg[subclass] = _abc_version[0]
        return False

    def _abc_check(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        for s in cls._abc_subs:
            if issubclass(subclass, s):
                return True
        return False


# It stands for abc.ABCMeta, and is named so.
ABCMeta.__module__ = 'abc'
_ABCMeta = ABCMeta
del ABCMeta


# Builtin classes whose instances cannot be hashed (kinglet gives them a __hash__ that
# raises, where CPython sets __hash__ to None).
_UNHASHABLE = {list, dict, set, bytearray, type({}.keys()), type({}.items()), slice}


def _check_methods(C, *methods):
    # True if C (through its MRO) defines every method, NotImplemented if one is missing or is
    # set to None (which blocks it).
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method == '__hash__' and B in _UNHASHABLE:
                return NotImplemented
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            # Builtin classes keep their slots out of __dict__: ask the class itself, but
            # not its metaclass (list.__call__ is type.__call__ bound to list).
            value = getattr(C, method, None)
            if value is None or getattr(value, '__self__', None) is C:
                return NotImplemented
    return True


class _ABC(metaclass=_ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def _class_getitem(cls, item):
    if _GenericAlias is None:
        return cls
    return _GenericAlias(cls, item)


# ==== one-method ABCs ====

class Hashable(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, '__hash__')
        return NotImplemented


class Awaitable(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, '__await__')
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Coroutine(Awaitable):
    __slots__ = ()

    @_abstractmethod
    def send(self, value):
        """Send a value into the coroutine; return the next yielded value or raise
        StopIteration."""
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, '__aiter__')
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstractmethod
    async def __anext__(self):
        """Return the next item or raise StopAsyncIteration when exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @_abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, '__iter__')
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Iterator(Iterable):
    __slots__ = ()

    @_abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @_abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator; raise StopIteration when exhausted."""
        return self.send(None)

    @_abstractmethod
    def send(self, value):
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, '__len__')
        return NotImplemented


class Container(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, '__contains__')
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


def _type_repr(obj):
    # How typing shows an argument: builtins by name, other classes as module.qualname.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    return repr(obj)


class _CallableParams(list):
    # The parameter list of Callable[[int, str], bool], shown as [int, str].
    __slots__ = ()

    def __repr__(self):
        return '[%s]' % ', '.join(_type_repr(a) for a in self)


def _callable_getitem(cls, item):
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], list):
        item = (_CallableParams(item[0]), item[1])
    return _class_getitem(cls, item)


class Callable(_ABC):
    __slots__ = ()

    @_abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, '__call__')
        return NotImplemented

    __class_getitem__ = classmethod(_callable_getitem)


# ==== sets ====

class Set(Collection):
    """A finite, iterable container with the set comparisons and operators; a subclass
    defines __contains__, __iter__ and __len__."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    @classmethod
    def _from_iterable(cls, it):
        """Build a new instance from an iterable (the constructor by default)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if the set has no elements in common with other."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_chain(self, other))

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the set that does not depend on the order of its elements."""
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


def _chain(*iterables):
    for it in iterables:
        for x in it:
            yield x


class MutableSet(Set):
    """A Set that can change; a subclass also defines add() and discard()."""

    __slots__ = ()

    @_abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @_abstractmethod
    def discard(self, value):
        """Remove an element, if it is a member."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if it is not a member."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ==== mappings ====

class Mapping(Collection):
    """A read-only mapping; a subclass defines __getitem__, __iter__ and __len__ and gets
    get, __contains__, keys, items, values, __eq__ and __ne__."""

    __slots__ = ()

    @_abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(_class_getitem)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A Mapping that can change; a subclass also defines __setitem__ and __delitem__ and gets
    pop, popitem, clear, update and setdefault."""

    __slots__ = ()

    @_abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @_abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """D.pop(k[,d]) -> v: remove key k and return its value, else d if given, else
        KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """D.popitem() -> (k, v): remove and return some (key, value) pair; KeyError if
        empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F): from a mapping E (or any object with keys()), or from an
        iterable of pairs, then from F."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ==== sequences ====

class Sequence(Reversible, Collection):
    """A read-only sequence; a subclass defines __getitem__ and __len__ and gets __iter__,
    __contains__, __reversed__, index and count."""

    __slots__ = ()

    @_abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> the first index of value; ValueError if it is
        not present."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """S.count(value) -> the number of occurrences of value."""
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


class ByteString(Sequence):
    """The common parent of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change; a subclass also defines __setitem__, __delitem__, insert
    and gets append, clear, reverse, extend, pop, remove and +=."""

    __slots__ = ()

    @_abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @_abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @_abstractmethod
    def insert(self, index, value):
        """S.insert(index, value): insert value before index."""
        raise IndexError

    def append(self, value):
        """S.append(value): add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """S.clear(): remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """S.reverse(): reverse in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """S.extend(iterable): append the items of the iterable."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """S.pop([index]) -> remove and return the item at index (default last)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """S.remove(value): remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ==== the builtin classes ====

def _register_builtins():
    Set.register(frozenset)
    MutableSet.register(set)
    Mapping.register(type(type.__dict__))
    MutableMapping.register(dict)
    Sequence.register(tuple)
    Sequence.register(str)
    Sequence.register(range)
    try:
        Sequence.register(memoryview)
    except NameError:
        pass
    MutableSequence.register(list)
    MutableSequence.register(bytearray)
    ByteString.register(bytes)
    ByteString.register(bytearray)
    d = {}
    KeysView.register(type(d.keys()))
    ValuesView.register(type(d.values()))
    ItemsView.register(type(d.items()))
    for it in (iter(b''), iter(bytearray()), iter(d.keys()), iter(d.values()),
               iter(d.items()), iter([]), reversed([]), iter(range(0)), iter(set()),
               iter(''), iter(()), zip(), map(None, ()), filter(None, ()), enumerate(())):
        Iterator.register(type(it))

    def gen():
        yield

    Generator.register(type(gen()))


_register_builtins()
del _register_builtins

# lib/collections/__init__.py: the collections module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap and
the UserDict, UserList and UserString wrappers."""

import sys
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping, \
    MutableSequence as _MutableSequence, Sequence as _Sequence, KeysView as _KeysView, \
    ItemsView as _ItemsView, ValuesView as _ValuesView

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None


def _class_getitem(cls, item):
    if _GenericAlias is None:
        return cls
    return _GenericAlias(cls, item)


# The ids of the objects whose repr is being built: a container that contains itself shows
# as '...' inside (programs are single-threaded).
_repr_running = set()


def _index(n):
    # n as an int, with the error of an int argument that is not one.
    if isinstance(n, int):
        return n
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None


# ==== deque ====

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, O(1) at both ends.

    The items live in a ring buffer (a list) of a power-of-two capacity: _head is the index
    of the first item, _len the item count. A deque with a maxlen drops items from the
    opposite end when it is full."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if self._len:
            self.clear()
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        """The maximum size of the deque, or None if it is unbounded."""
        return self._maxlen

    def _grow(self):
        # Double the capacity in place (no second buffer: boards have little RAM). The
        # items that wrapped around to the start move to just after the old end.
        buf = self._buf
        cap = len(buf)
        h = self._head
        buf.extend(buf[:h])
        buf.extend(None for _ in range(cap - h))
        for i in range(h):
            buf[i] = None

    def append(self, x):
        """Add x to the right end."""
        m = self._maxlen
        if m is not None and self._len >= m:
            if m == 0:
                return
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = x
        self._len += 1
        self._state += 1

    def appendleft(self, x):
        """Add x to the left end."""
        m = self._maxlen
        if m is not None and self._len >= m:
            if m == 0:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = h = (self._head - 1) & (len(buf) - 1)
        buf[h] = x
        self._len += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost item."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        self._len -= 1
        i = (self._head + self._len) & (len(buf) - 1)
        x = buf[i]
        buf[i] = None
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        h = self._head
        x = buf[h]
        buf[h] = None
        self._head = (h + 1) & (len(buf) - 1)
        self._len -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Append the items of iterable to the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append the items of iterable to the left end (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state += 1

    def _items(self):
        buf = self._buf
        h = self._head
        end = h + self._len
        if end <= len(buf):
            return buf[h:end]
        return buf[h:] + buf[:end - len(buf)]

    def _set_items(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = items + [None] * (cap - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        n = _index(n)
        k = self._len
        if k <= 1:
            return
        n %= k
        if not n:
            return
        if n <= k // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        elif k - n <= k // 2 or k < 16:
            for _ in range(k - n):
                self.append(self.popleft())
        else:
            items = self._items()
            self._set_items(items[k - n:] + items[:k - n])

    def reverse(self):
        """Reverse the items in place."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def count(self, x):
        """The number of items equal to x."""
        n = 0
        state = self._state
        for v in self._items():
            if v is x or v == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=sys.maxsize):
        """The index of the first item equal to x in [start, stop); ValueError if none."""
        start = _index(start)
        stop = _index(stop)
        k = self._len
        if start < 0:
            start = max(start + k, 0)
        if stop < 0:
            stop = max(stop + k, 0)
        stop = min(stop, k)
        state = self._state
        for i in range(start, stop):
            v = self[i]
            if v is x or v == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        """Insert x before index i."""
        i = _index(i)
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none."""
        items = self._items()
        state = self._state
        for i in range(len(items)):
            v = items[i]
            if v is value or v == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._set_items(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """A shallow copy."""
        return self.__copy__()

    def __copy__(self):
        cls = type(self)
        if cls is deque:
            d = deque(maxlen=self._maxlen)
            d._set_items(self._items())
            return d
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def _pos(self, i):
        # The buffer index of item i (negative counts from the right).
        if not isinstance(i, int):
            try:
                i = type(i).__index__(i)
            except AttributeError:
                raise TypeError('sequence index must be integer, not %r'
                                % type(i).__name__) from None
        k = self._len
        if i < 0:
            i += k
        if i < 0 or i >= k:
            raise IndexError('deque index out of range')
        return (self._head + i) & (len(self._buf) - 1)

    def __getitem__(self, i):
        return self._buf[self._pos(i)]

    def __setitem__(self, i, x):
        self._buf[self._pos(i)] = x

    def __delitem__(self, i):
        self._pos(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        state = self._state
        buf = self._buf
        mask = len(buf) - 1
        h = self._head
        for i in range(self._len):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(h + i) & mask]
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        buf = self._buf
        mask = len(buf) - 1
        h = self._head
        for i in range(self._len - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(h + i) & mask]
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')

    def __contains__(self, x):
        state = self._state
        for v in self._items():
            if v is x or v == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __hash__ = None

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        d = self.__copy__()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return self.__copy__().__imul__(n)

    def __rmul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            # n is the sequence: the deque is the "non-int".
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(self).__name__)
        return self.__copy__().__imul__(n)

    def __imul__(self, n):
        if not isinstance(n, int):
            try:
                n = type(n).__index__(n)
            except AttributeError:
                raise TypeError("can't multiply sequence by non-int of type '%s'"
                                % type(n).__name__) from None
        items = self._items()
        if n <= 0 or not items:
            self.clear()
        elif self._maxlen is None:
            self._set_items(items * n)
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    __class_getitem__ = classmethod(_class_getitem)


_MutableSequence.register(deque)


# ==== defaultdict ====

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that calls default_factory() to
    make the value of a missing key (and stores it); the other arguments are dict's."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        # dict.__repr__ shows the dict itself as {...} when it meets it again inside.
        factory = repr(self.default_factory)
        body = dict.__repr__(self)
        return '%s(%s, %s)' % (type(self).__name__, factory, body)

    def copy(self):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


# ==== OrderedDict ====

_dict_setitem = dict.__setitem__


class odict_keys(_KeysView):
    """The keys view of an OrderedDict (a dict keys view with its own repr)."""

    __slots__ = ()

    def __len__(self):
        return dict.__len__(self._mapping)

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return dict.__contains__(self._mapping, key)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class odict_values(_ValuesView):
    """The values view of an OrderedDict."""

    __slots__ = ()

    def __len__(self):
        return dict.__len__(self._mapping)

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class odict_items(_ItemsView):
    """The items view of an OrderedDict."""

    __slots__ = ()

    def __len__(self):
        return dict.__len__(self._mapping)

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        m = self._mapping
        if not dict.__contains__(m, key):
            return False
        v = dict.__getitem__(m, key)
        return v is value or v == value

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class OrderedDict(dict):
    """A dict that remembers insertion order (as dict does) and adds move_to_end(),
    popitem(last=) and order-sensitive equality between OrderedDicts."""

    def __init__(self, other=(), /, **kwds):
        self._od_update(other, kwds)

    def update(self, other=(), /, **kwds):
        """Add the items of other (a mapping, an object with keys(), or pairs), then kwds,
        through self[key] = value as MutableMapping.update does."""
        self._od_update(other, kwds)

    def _od_update(self, other, kwds):
        if type(self).__setitem__ is _dict_setitem:
            dict.update(self, other, **kwds)
            return
        # A subclass that overrides __setitem__ sees every item, as in CPython.
        if isinstance(other, dict):
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

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, the last one inserted if last is true, else
        the first."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to the right end (or the left end if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = repr(list(dict.items(self)))
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__name__, body)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = vars(self).copy() if hasattr(self, '__dict__') else None
        return type(self), (), state or None, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with keys from iterable, each mapped to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        """Return self[key], first setting it to default if it is missing."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


# ==== Counter ====

class Counter(dict):
    """A dict that counts hashable items: Counter('abca') is Counter({'a': 2, 'b': 1,
    'c': 1}). A missing key counts 0; counts may be zero or negative."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common items and their counts, most common first (all if n is None);
        items with equal counts stay in first-seen order."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """An iterator over the items, each repeated as many times as its count (items with
        counts below one are skipped)."""
        return iter([elem for elem, count in self.items() for _ in range(count)])

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or from a mapping of counts (and kwds)."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below); the argument is as for update()."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting a missing key is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            body = repr(d)
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__name__, body)

    # Comparisons treat missing items as zero counts (3.10).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if self[e] != other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count + other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count - other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            o = other[elem]
            n = o if count < o else count
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            o = other[elem]
            n = count if count < o else o
            if n > 0:
                result[elem] = n
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            o = other[elem]
            if o < count:
                self[elem] = o
        return self._keep_positive()

    __class_getitem__ = classmethod(_class_getitem)


def _second(pair):
    return pair[1]


# ==== namedtuple ====

def _is_keyword(name):
    from keyword import iskeyword
    return iskeyword(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass with named fields: Point = namedtuple('Point', ['x', 'y']),
    then Point(1, 2).x == 1. field_names is a sequence of names or one string of names
    separated by spaces and/or commas."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _is_keyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if _is_keyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    field_names = tuple(map(sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    tuple_new = tuple.__new__

    # __new__ is compiled inside a class of the type's name, so that its errors read
    # "Point.__new__() missing 1 required positional argument: 'y'".
    ns = {'_tuple_new': tuple_new, '__name__': 'namedtuple_%s' % typename}
    exec('class %s:\n def __new__(_cls, %s):\n  return _tuple_new(_cls, (%s))\n'
         % (typename, arg_list, arg_list), ns)
    __new__ = ns[typename].__dict__['__new__']
    if isinstance(__new__, staticmethod):
        __new__ = __new__.__func__
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(field_names, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__qualname__': typename,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_field_getter(index),
                                   doc='Alias for field number %d' % index)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


def _field_getter(index):
    def get(self):
        return self[index]
    return get


# ==== ChainMap ====

class ChainMap(_MutableMapping):
    """ChainMap(*maps): one view of several mappings. Lookups search maps in order; writes,
    updates and deletions go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(repr(m) for m in self.maps)
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__name__, body)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with keys from iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other maps."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (a new dict if None) in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        """Remove and return a (key, value) pair of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)


# ==== UserDict, UserList, UserString ====

class UserDict(_MutableMapping):
    """A dict-like class that keeps its items in the plain dict self.data; meant to be
    subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = type(self).__new__(type(self))
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like class that keeps its items in the plain list self.data; meant to be
    subclassed."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = type(self).__new__(type(self))
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)


class UserString(_Sequence):
    """A str-like class that keeps its text in the plain str self.data; meant to be
    subclassed."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __getattr__(self, name):
        # The str methods: those returning a str give a UserString of the same class.
        if name.startswith('__'):
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        method = getattr(self.data, name)
        if not callable(method):
            return method
        cls = self.__class__

        def call(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(*args, **kwargs)
            if isinstance(result, str):
                return cls(result)
            return result
        return call

# collections.abc: user classes inheriting the ABCs get their mixin methods; abstract ones
# cannot be instantiated.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterator, Iterable, Sized, Hashable, Generator,
                             KeysView, ItemsView, ValuesView)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f['a'], f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()), dict(f))
print(f == {'a': 1, 'b': 2}, f == Frozen(a=1), f != Frozen(a=1, b=2), f == 5)
print(isinstance(f.keys(), KeysView), isinstance(f.items(), ItemsView),
      isinstance(f.values(), ValuesView))
print(f.keys() & {'a', 'q'}, f.keys() | {'c'} == {'a', 'b', 'c'}, ('a', 1) in f.items(),
      ('a', 2) in f.items(), 2 in f.values(), len(f.keys()), sorted(f.keys() - {'a'}))
print(type(f.keys()).__name__, f.keys() == {'a', 'b'}, f.keys() <= {'a', 'b', 'c'})
print(isinstance(f, Mapping), isinstance(f, MutableMapping), isinstance(f, Sized))
try:
    hash(f)
except TypeError:
    print('TypeError unhashable')


class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'Store(%r)' % self._d


s = Store({'A': 1}, B=2)
print(s, s['a'], s['B'])
s.update([('C', 3)])
s.update(Store(d=4))
print(s, s.pop('a'), s.pop('zz', None), s.setdefault('E', 5), s.setdefault('e', 6))
print(s.popitem(), s)
try:
    s.pop('missing')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError:
    print('KeyError empty')


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


sp = Span(5)
print(list(sp), list(reversed(sp)), 20 in sp, 25 in sp, sp.index(30), sp.count(10), sp[1:3])
print(sp.index(30, 2), sp.index(30, -3))
for args in [(99,), (10, 2), (40, 0, 3)]:
    try:
        sp.index(*args)
    except ValueError:
        print('ValueError', args)
print(isinstance(sp, Sequence), isinstance(sp, MutableSequence), sorted(sp, reverse=True))


class Vec(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return 'Vec(%r)' % self._items


v = Vec([1, 2])
v.append(3)
v.extend([4, 5])
v += [6]
print(v, v.pop(), v.pop(0), v)
v.remove(3)
v.reverse()
print(v, v.index(4), v.count(2))
v.extend(v)
print(v)
v.clear()
print(v, len(v))
try:
    v.pop()
except IndexError:
    print('IndexError')


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set()
        for x in it:
            self._s.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return 'Bits(%r)' % sorted(self._s)


a = Bits([1, 2, 3])
b = Bits([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([1]) < a, a == Bits([3, 2, 1]), a.isdisjoint(b))
print(a == {1, 2, 3}, a & {2, 9}, type(a | b).__name__)
a.remove(1)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
a |= [7, 8]
print(a)
a -= {7}
print(a)
a ^= {2, 99}
print(a)
a &= {3, 8, 99, 100}
print(a, a.pop() in (3, 8, 99), len(a))
a.clear()
print(a)


class Count(Iterator):
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Count(3)
print(iter(c) is c, list(c), isinstance(c, Iterable))


class Gen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


print(list(Gen()), next(Gen()))
g = Gen()
g.close()
print('closed')


# abstract classes
def make(cls, *args):
    try:
        cls(*args)
        print('made', cls.__name__)
    except TypeError as e:
        print('TypeError', e)


class Half(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)


class NoLen(Sized):
    pass


make(Mapping)
make(Sequence)
make(Half)
make(NoLen)
make(Hashable)
make(Frozen)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Half.__abstractmethods__), Frozen.__abstractmethods__ == frozenset())

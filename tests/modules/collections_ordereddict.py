# collections.OrderedDict: order, move_to_end, popitem, equality, repr and dict behaviour.
from collections import OrderedDict

o = OrderedDict()
o['b'] = 2
o['a'] = 1
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(OrderedDict(), repr(OrderedDict([('x', 1)])), isinstance(o, dict))
o.move_to_end('b')
print(o)
o.move_to_end('b', last=False)
print(o)
o.move_to_end('c', False)
print(list(o))
print(o.popitem(), o.popitem(last=False), o)
o.update([('z', 26), ('y', 25)])
print(o, list(reversed(o)))
o['a'] = 100
print(o)
del o['z']
print(o, o.pop('y'), o.pop('nope', 'dflt'), o.setdefault('q', 7), o)

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
c = a.copy()
c['w'] = 0
print(type(c).__name__, c, a)
print(a | {'z': 3}, type(a | {'z': 3}).__name__, {'z': 3} | a)
a |= {'q': 9}
print(a)
print(OrderedDict(k=1, j=2), OrderedDict({'m': 1}))

s = OrderedDict(a=1)
s['me'] = s
print(s)

class Sub(OrderedDict):
    pass

print(Sub(a=1), Sub())

try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().move_to_end('x')
except KeyError as e:
    print('KeyError', e)
try:
    hash(OrderedDict())
except TypeError:
    print('TypeError')

# LRU cache pattern
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = str(key)
        if len(cache) > 3:
            cache.popitem(last=False)
print(cache)


# Subclasses that override __setitem__ see the items of the constructor and of update().
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(b=5)
lu.update({'c': 0}, a=9)
print(lu)


class LRU(OrderedDict):
    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


lru = LRU(2, [('a', 1), ('b', 2), ('c', 3)])
print(lru)
lru['b']
lru['d'] = 4
print(lru, list(reversed(lru.keys())), list(reversed(lru.items())))
o = OrderedDict(b=1)
o.__init__(a=2)
o.update([('c', 3)], d=4)
o.update(OrderedDict(e=5))
print(o, OrderedDict[str, int])

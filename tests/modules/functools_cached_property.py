# functools.cached_property: computed once per instance, stored in __dict__, and its errors.
from functools import cached_property

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        "The total."
        self.computed += 1
        return sum(range(self.n))

d = Data(5)
print('total' in d.__dict__, d.total, d.total, d.computed, d.__dict__['total'])
d.total = 100
print(d.total, d.computed)
del d.total
print(d.total, d.computed)
e = Data(3)
print(e.total, d.total, e.computed)

prop = Data.__dict__['total']
print(Data.total is prop, prop.attrname, prop.__doc__, prop.func.__name__)
print(type(prop).__name__, type(prop).__module__, isinstance(prop, cached_property))

# It is a non-data descriptor: an instance value wins.
f = Data(2)
f.__dict__['total'] = 'preset'
print(f.total, f.computed)

# Added after the class was made, __set_name__ must be called by hand.
class Late:
    pass
Late.x = cached_property(lambda self: 'late')
try:
    Late().x
except TypeError as e:
    print('TypeError', e)
Late.x.__set_name__(Late, 'x')
print(Late().x)

cp = cached_property(lambda self: 1)
cp.__set_name__(Late, 'y')
cp.__set_name__(Late, 'y')
try:
    cp.__set_name__(Late, 'z')
except TypeError as e:
    print('TypeError', e)

class Slotted:
    __slots__ = ('a',)
    @cached_property
    def x(self):
        return 1
try:
    Slotted().x
except TypeError as e:
    print('TypeError', e)

# A subclass of cached_property works as a descriptor too.
class logged(cached_property):
    def __get__(self, instance, owner=None):
        print('get', self.attrname)
        return super().__get__(instance, owner)

class L:
    @logged
    def v(self):
        return 7
l = L()
print(l.v, l.v)

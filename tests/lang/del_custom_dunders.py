class Box:
    def __init__(self):
        self.data = {}
    def __delitem__(self, key):
        print('delitem', key)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)

b = Box()
b.extra = 1
del b[3]
del b['k']
del b[1:2]
del b[1:2:3, 4]
del b.extra
print(hasattr(b, 'extra'))
try:
    del b.extra
except AttributeError as e:
    print(type(e).__name__)

class NoDel:
    def __getitem__(self, k):
        return k

n = NoDel()
try:
    del n[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Slots:
    __slots__ = ('a',)
s = Slots()
s.a = 1
del s.a
try:
    s.a
except AttributeError as e:
    print(type(e).__name__)
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__)

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print('deleting v')
        del self._v
p = Prop()
del p.v
print(hasattr(p, '_v'))
class RO:
    @property
    def x(self):
        return 1
try:
    del RO().x
except AttributeError as e:
    print(type(e).__name__)

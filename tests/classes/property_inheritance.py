class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class ReadOnlyChild(Base):
    @property
    def x(self):
        return 'child sees ' + str(self._x)
c = ReadOnlyChild()
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print(type(e).__name__)
class ExtendSetter(Base):
    @Base.x.setter
    def x(self, v):
        print('validated', v)
        self._x = abs(v)
e = ExtendSetter()
e.x = -7
print(e.x)
class SuperProp(Base):
    @property
    def x(self):
        return super().x * 100
print(SuperProp().x)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
r = Computed(3, 4)
print(r.area, r.perimeter)
r.w = 10
print(r.area, r.perimeter)
print(isinstance(Computed.area, property), Computed.area.fset is None)
class Lazy:
    @property
    def data(self):
        if not hasattr(self, '_data'):
            print('computing')
            self._data = [1, 2, 3]
        return self._data
l = Lazy()
print(l.data, l.data)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "celsius doc"
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('del')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius)
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
def getx(self):
    return self._x
def setx(self, v):
    self._x = v * 2
class P:
    x = property(getx, setx, None, 'the x')
p = P()
p.x = 4
print(p.x, P.x.__doc__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub getter %r' % (self._c,)
s = Sub()
s.celsius = 5
print(s.celsius)
p.__dict__['x'] = 'instance dict'
print(p.x)
class Inh:
    @property
    def v(self):
        return 'base'
class Inh2(Inh):
    v = 'shadowed by class attr'
print(Inh2().v)

class Verbose:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class access via ' + objtype.__name__
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        print('set', self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        del obj.__dict__[self.name]
class C:
    a = Verbose()
    b = Verbose()
print(C.a)
c = C()
print(c.a)
c.a = 10
print(c.a, c.__dict__)
del c.a
print(c.a)
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'
class D:
    nd = NonData()
d = D()
print(d.nd)
d.nd = 'instance wins'
print(d.nd)
del d.nd
print(d.nd)
class DataOnlySet:
    def __get__(self, obj, typ=None):
        return 'descriptor wins'
    def __set__(self, obj, v):
        raise AttributeError('read only')
class E:
    x = DataOnlySet()
e = E()
e.__dict__['x'] = 'dict value'
print(e.x)
try:
    e.x = 5
except AttributeError as err:
    print(err)
class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.attr = '_' + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.attr)
    def __set__(self, obj, v):
        if not isinstance(v, self.typ):
            raise TypeError('%s must be %s' % (self.attr[1:], self.typ.__name__))
        setattr(obj, self.attr, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a):
        self.name = n
        self.age = a
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as err:
    print(err)
class Late:
    pass
v = Verbose()
Late.z = v
print(hasattr(v, 'name'))

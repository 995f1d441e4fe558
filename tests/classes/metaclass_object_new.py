# object.__new__ accepts a class whose metaclass derives from type.
class Meta(type):
    pass


class A(metaclass=Meta):
    def __init__(self):
        self.x = 1


a = object.__new__(A)
print(type(a).__name__, isinstance(a, A), hasattr(a, 'x'))


class B(A):
    def __new__(cls, *args):
        print('B.__new__', cls.__name__, args)
        return super().__new__(cls)


b = B()
print(type(b).__name__, b.x)


class Meta2(Meta):
    def __call__(cls, *args, **kwargs):
        obj = object.__new__(cls)
        obj.made_by = 'Meta2'
        obj.__init__(*args, **kwargs)
        return obj


class C(metaclass=Meta2):
    def __init__(self, v=0):
        self.v = v


c = C(5)
print(c.made_by, c.v)
for bad in (5, 'x', None):
    try:
        object.__new__(bad)
    except TypeError:
        print('TypeError', repr(bad))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added_by_meta'] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    x = 1
    def m(self):
        pass
class B(A, flag=True):
    pass
print(A.added_by_meta, B.added_by_meta)
print(type(A).__name__, type(B).__name__, isinstance(A, Meta))
class C(A):
    def __init__(self, v):
        self.v = v
c = C(5)
print(c.v)
Dyn = type('Dyn', (object,), {'val': 3, 'get': lambda self: self.val * 2})
print(Dyn.__name__, Dyn().get(), type(Dyn).__name__)
Sub = type('Sub', (Dyn,), {})
print(Sub().get(), Sub.__mro__[1].__name__)
class Counted(type):
    count = 0
    def __call__(cls, *a):
        Counted.count += 1
        return super().__call__(*a)
class X(metaclass=Counted):
    pass
X(); X(); X()
print(Counted.count)
class MetaAttr(type):
    @property
    def desc(cls):
        return 'class property of ' + cls.__name__
    def cmeth(cls):
        return 'meta method on ' + cls.__name__
class Y(metaclass=MetaAttr):
    pass
print(Y.desc, Y.cmeth())
try:
    Y().cmeth()
except AttributeError as e:
    print(type(e).__name__)
print(type(type).__name__, type(object).__name__, isinstance(type, object), isinstance(object, type))

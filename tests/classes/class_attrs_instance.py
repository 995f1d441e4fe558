class C:
    shared = []
    counter = 0
    def __init__(self, v):
        self.v = v
        C.counter += 1
    def add(self, x):
        self.shared.append(x)
a, b = C(1), C(2)
a.add('a')
b.add('b')
print(C.shared, a.shared is b.shared, C.counter)
a.shared = ['own']
print(a.shared, b.shared, C.shared)
del a.shared
print(a.shared)
print(sorted(vars(a)), a.__dict__)
a.__dict__['direct'] = 'via dict'
print(a.direct)
print('v' in vars(a), 'add' in vars(C), 'add' in vars(a))
C.newattr = 'added later'
print(a.newattr)
print(getattr(C, 'counter'), getattr(a, 'v'))
setattr(a, 'dyn', 5)
print(a.dyn)
print(type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__)
print(C.__name__, C.__qualname__, C.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(C.__doc__)
class Doc:
    "documented"
print(Doc.__doc__, Doc().__doc__)
try:
    a.missing_attr
except AttributeError as e:
    print(e)
try:
    C.missing_cls_attr
except AttributeError as e:
    print(e)

class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self.name(), self.add(1, 2)
class D(C):
    pass
print(len(C.make(3)), C.count)
print(D.name(), D().name(), C.name())
print(C.add(2, 3), C().add(4, 5))
print(D().inst())
print(type(C.__dict__['make']).__name__, type(C.__dict__['add']).__name__)
print(C.__dict__['add'].__func__(1, 1))
print(C.make.__self__ is C, D.make.__self__ is D)
cm = classmethod(lambda cls, x: (cls.__name__, x))
C.dyn = cm
print(D.dyn(5))
sm = staticmethod(len)
C.slen = sm
print(C.slen('abcd'), C().slen([1]))
print(callable(C.__dict__['add']))
print(C.__dict__['add']('x', 'y'))
m = C().inst
print(m.__self__.__class__.__name__, m.__func__.__name__)
print(C.inst(C()))
try:
    C.inst()
except TypeError as e:
    print(type(e).__name__)
class E:
    def nothing():
        return 'no self'
print(E.nothing())
try:
    E().nothing()
except TypeError as e:
    print(type(e).__name__)
bound = C().add
print(bound(10, 20))

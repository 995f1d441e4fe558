def logged(f):
    def w(self, *a):
        print('->', f.__name__, a)
        return f(self, *a)
    w.__name__ = f.__name__
    return w

class C:
    def __init__(self):
        self.v = 0
    @logged
    def inc(self, n):
        self.v += n
        return self.v
    @staticmethod
    @logged
    def weird(x):
        return x
    @classmethod
    def make(cls):
        return cls()
    @property
    @logged
    def double(self):
        return self.v * 2

c = C()
print(c.inc(3))
print(c.double)
print(C.inc.__name__)
print(type(C.make()).__name__)

def add_attr(cls):
    cls.extra = 'added'
    return cls

def add_method(cls):
    def greet(self):
        return 'hello from ' + type(self).__name__
    cls.greet = greet
    return cls

@add_attr
@add_method
class D:
    pass

print(D.extra, D().greet())

def singleton(cls):
    inst = {}
    def get():
        if cls not in inst:
            inst[cls] = cls()
        return inst[cls]
    return get

@singleton
class S:
    def __init__(self):
        print('init S')

a = S(); b = S()
print(a is b)

def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w

@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)

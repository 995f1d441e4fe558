class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c(%s)' % cls.__name__
    @staticmethod
    def s():
        return 'A.s'
class B(A):
    def f(self):
        return 'B.f+' + super().f()
    def f2(self):
        return super(B, self).f()
    @classmethod
    def c(cls):
        return 'B.c+' + super().c()
    @classmethod
    def c2(cls):
        return super(B, cls).c()
    @staticmethod
    def s():
        return 'B.s+' + super(B, B).s()
class C(B):
    def f(self):
        return 'C.f+' + super().f()
    def skip(self):
        return super(B, self).f()
c = C()
print(c.f())
print(c.f2())
print(c.skip())
print(C.c())
print(C.c2())
print(B.s())
print(super(C, c).f())
print(super(B, C).c())
sup = super(C, c)
print(type(sup).__name__)
class D(A):
    def f(self):
        g = lambda: super(D, self).f()
        return 'lambda ' + g()
    def comp(self):
        return [super(D, self).f() for _ in range(1)]
print(D().f(), D().comp())
class E(A):
    def f(self):
        def inner():
            return super(E, self).f()
        return inner()
print(E().f())
try:
    super(B, A()).f()
except TypeError as e:
    print(type(e).__name__)
class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print(type(e).__name__)
class Attr(A):
    x = 'Attr'
class Attr2(Attr):
    x = 'Attr2'
    def get(self):
        return super().x
print(Attr2().get())

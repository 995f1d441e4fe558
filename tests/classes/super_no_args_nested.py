class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
class B(A):
    def f(self):
        def helper():
            return super(B, self).f()
        return 'B.f>' + helper()
    def g(self):
        return [super(B, self).f() for _ in range(2)]
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    def uses_class_cell(self):
        return __class__.__name__
class C(B):
    pass
print(B().f(), B().g(), C.c(), C().uses_class_cell())
def late(self):
    return 'late'
B.late = late
print(C().late())
class D(A):
    def f(self):
        s = super()
        return 'D ' + s.f()
print(D().f())
class E(A):
    def gen(self):
        yield super().f()
print(list(E().gen()))

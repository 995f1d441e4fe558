class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'R(%r)' % (self.v,)
    def __radd__(self, o):
        return 'radd %r' % (o,)
    def __rsub__(self, o):
        return 'rsub %r' % (o,)
    def __rmul__(self, o):
        return 'rmul %r' % (o,)
    def __rtruediv__(self, o):
        return 'rtruediv %r' % (o,)
    def __rfloordiv__(self, o):
        return 'rfloordiv %r' % (o,)
    def __rmod__(self, o):
        return 'rmod %r' % (o,)
    def __rpow__(self, o):
        return 'rpow %r' % (o,)
    def __rlshift__(self, o):
        return 'rlshift %r' % (o,)
    def __rrshift__(self, o):
        return 'rrshift %r' % (o,)
    def __rand__(self, o):
        return 'rand %r' % (o,)
    def __ror__(self, o):
        return 'ror %r' % (o,)
    def __rxor__(self, o):
        return 'rxor %r' % (o,)
    def __rmatmul__(self, o):
        return 'rmatmul %r' % (o,)
    def __rdivmod__(self, o):
        return 'rdivmod %r' % (o,)
r = R(1)
print(1 + r); print(2 - r); print(3 * r); print(4 / r); print(5 // r)
print(6 % r); print(7 ** r); print(8 << r); print(9 >> r); print(10 & r)
print(11 | r); print(12 ^ r); print([1] @ r); print(divmod(13, r))
print('s' + r, [1] * r if False else 'skip', 1.5 * r)
class Sub(int):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
    def __add__(self, o):
        return 'Sub.__add__'
print(1 + Sub(2))
print(Sub(2) + 1)
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
print(Base() + Derived())
print(Derived() + Base())
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__)
class L:
    def __add__(self, o):
        return NotImplemented
class RR:
    def __radd__(self, o):
        return 'RR handles ' + type(o).__name__
print(L() + RR())

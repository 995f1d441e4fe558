# A builtin function stored in a class (f = len) is not a method: it does not bind to the
# instance, while a def, a method of a builtin type and a method_descriptor copy do.
import math


class A:
    f = len
    root = math.sqrt
    a = list.append

    def d(self):
        return 'def binds'


x = A()
print(A.f([1, 2]), x.f([1]), x.root(16.0), x.d(), A.d(x))
lst = []
A.a(lst, 1)
print(lst)


class B(A):
    pass


print(B().f('abc'), B().root(9.0))


class L(list):
    g = max


m = L([3, 1])
m.append(5)
print(m, m.g(m), m.g(2, 7))
A.h = abs
print(x.h(-3), getattr(x, 'f')('xyz'))


# Read through super(), it is the same plain function.
class C(A):
    def sup(self):
        return super().f, super().d()


print(C().sup())

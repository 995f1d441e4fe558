class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__])
print(E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__)
class O1:
    attr = 'O1'
class O2:
    attr = 'O2'
    only2 = 'only in O2'
class Both(O1, O2):
    pass
print(Both.attr, Both.only2)
try:
    class F(D, E):
        pass
except TypeError as e:
    print('inconsistent', type(e).__name__)
print(type(D.__mro__).__name__, len(D.__mro__))

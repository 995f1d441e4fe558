log = []
class Base:
    def __init__(self):
        log.append('Base')
class Left(Base):
    def __init__(self):
        log.append('Left in')
        super().__init__()
        log.append('Left out')
class Right(Base):
    def __init__(self):
        log.append('Right in')
        super().__init__()
        log.append('Right out')
class Child(Left, Right):
    def __init__(self):
        log.append('Child in')
        super().__init__()
        log.append('Child out')
Child()
print(log)
class Mixin:
    def greet(self):
        return 'mixin greet for ' + self.name()
class Named:
    def name(self):
        return 'named'
class Thing(Mixin, Named):
    pass
print(Thing().greet())
class KwBase:
    def __init__(self, **kw):
        self.rest = kw
class KwA(KwBase):
    def __init__(self, a=None, **kw):
        self.a = a
        super().__init__(**kw)
class KwB(KwBase):
    def __init__(self, b=None, **kw):
        self.b = b
        super().__init__(**kw)
class KwC(KwA, KwB):
    pass
o = KwC(a=1, b=2, c=3)
print(o.a, o.b, o.rest)
print([k.__name__ for k in KwC.__mro__])
class P:
    x = 'P'
class Q(P):
    pass
class R(P):
    x = 'R'
class S(Q, R):
    pass
print(S.x)

class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        self.v += n
        return self
c = C(1)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get)
c.v = 5
print(m())
print(c.get == c.get, c.get == C(5).get)
adders = [c.add] * 3
for a in adders:
    a(1)
print(c.v)
print(C.get(c), C.add(c, 10).v)
f = C.get
print(f(C('unbound call')))
def external(self):
    return 'external ' + str(self.v)
C.ext = external
print(c.ext())
c.inst_func = external
try:
    c.inst_func()
except TypeError as e:
    print(type(e).__name__)
print(c.inst_func(c))
print(list(map(C.get, [C(1), C(2)])))
print(sorted([C(3), C(1), C(2)], key=C.get)[0].v)
meths = [C(i).get for i in range(3)]
print([mm() for mm in meths])
print(type(c.get).__name__, type(C.get).__name__)
class D(C):
    def get(self):
        return 'D:' + str(super().get())
print(D(4).get(), C.get(D(4)))
import sys
print(getattr(c, 'get')(), getattr(C, 'get')(c))

e = ValueError('a', 'b')
print(e.args, len(e.args), e.args[1])
e.args = ('only',)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e2 = KeyError('k')
e2.args = ('k1', 'k2')
print(str(e2))
class C(Exception):
    def __init__(self, *a):
        pass
c = C(1, 2)
print(c.args, str(c))
class D(Exception):
    def __init__(self, x):
        self.x = x
d = D(5)
print(d.args, repr(str(d)), d.x)
class N(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        inst.extra = 'from new'
        return inst
n = N('arg')
print(n.args, n.extra)

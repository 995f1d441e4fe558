class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%d)' % self.v
    def __lt__(self, o):
        if VERBOSE:
            print('lt', self.v, getattr(o, 'v', o))
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
VERBOSE = False
vs = [V(3), V(1), V(2)]
print(sorted(vs))
VERBOSE = True
print(V(1) > V(2))
print(max([V(5), V(9)]), min([V(5), V(9)]))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
class Full:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return self.v == o.v
    def __ne__(self, o): return self.v != o.v
a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < b < Full(3), Full(2) == b)
class Reflect:
    def __gt__(self, o):
        return 'Reflect.__gt__ %r' % (o,)
    def __le__(self, o):
        return 'Reflect.__le__ %r' % (o,)
print(1 < Reflect())
print(2 >= Reflect())
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(type(e).__name__)
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
class NE:
    def __eq__(self, o):
        return self is o or o == 'special'
n = NE()
print(n != 'special', n != 'other', n == n)
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
x = NotImpl()
print(x == x, x == NotImpl(), x != x)
class Key:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
data = [Key(k) for k in 'dbca']
print([d.k for d in sorted(data)], [d.k for d in sorted(data, reverse=True)])

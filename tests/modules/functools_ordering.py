# functools.total_ordering and cmp_to_key: the methods added, NotImplemented, sorting, errors.
from functools import total_ordering, cmp_to_key

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v
    def __repr__(self):
        return 'V(%d)' % self.v

a, b, c = V(1), V(2), V(1)
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, a > c)
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)), min([V(4), V(2)]))
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__, '__lt__' in V.__dict__)
try:
    a > 1
except TypeError as e:
    print('TypeError', e)

def make(root):
    ops = {
        '__lt__': lambda s, o: s.v < o.v,
        '__le__': lambda s, o: s.v <= o.v,
        '__gt__': lambda s, o: s.v > o.v,
        '__ge__': lambda s, o: s.v >= o.v,
    }
    ns = {'__init__': lambda s, v: setattr(s, 'v', v),
          '__eq__': lambda s, o: s.v == o.v, root: ops[root]}
    return total_ordering(type('T' + root.strip('_'), (), ns))

for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    T = make(root)
    x, y, z = T(1), T(2), T(1)
    print(root, [x < y, x <= y, x > y, x >= y, x < z, x <= z, x > z, x >= z, y > x, y >= x])

# Defined methods are kept; the first of < <= > >= picks the rest.
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return 'own gt'
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return self.v == o.v
print(Both(1) > Both(2), Both(1) < Both(2), Both(2) >= Both(1), Both(1) < Both(1))

# Results are passed through as the Python recipes do.
@total_ordering
class Odd:
    def __lt__(self, o):
        return 'yes'
    def __eq__(self, o):
        return 'eq'
    def __ne__(self, o):
        return 'ne'
print(Odd() <= Odd(), Odd() > Odd(), Odd() >= Odd())

# Inherited ordering counts; the class is returned.
class Base:
    def __lt__(self, o):
        return True
@total_ordering
class Derived(Base):
    pass
print(Derived() >= Derived(), total_ordering(int) is int)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def numeric(a, b):
    return a - b
def by_len(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric), reverse=True))
print(sorted(['ccc', 'a', 'bb', ''], key=cmp_to_key(by_len)))
K = cmp_to_key(numeric)
k1, k2 = K(3), K(4)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= K(3), k1 >= K(3), k1.obj, min(k1, k2).obj)
print(type(k1).__name__, callable(K))

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: k1 < 4)
err(lambda: k1 == 3)
err(lambda: hash(k1))
err(lambda: {k1})
err(lambda: cmp_to_key())
err(lambda: cmp_to_key(numeric, numeric))
err(lambda: K(1) < K('a'))
err(lambda: total_ordering())
err(lambda: total_ordering(1, 2))

# collections.namedtuple: unpacking, slicing, subclasses, defaults with rename, copies.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(hasattr(p, '__dict__'), P.__new__.__doc__, P._make.__doc__ is None or True)
print(p.__getnewargs__(), P.__slots__, P.__bases__, P.__mro__)
P.__doc__ = 'custom'
print(P.__doc__)
Q = namedtuple('Q', P._fields + ('z',))
print(Q(1, 2, 3), Q._make(p + (9,)))
print(P(*[5, 6]), P(**{'x': 7, 'y': 8}), P._make(iter([1, 2])))
a, *rest = Q(1, 2, 3)
print(a, rest, p[1:], p * 0, type(p[1:]).__name__)
print(str(p), f'{p}', '%s' % (p,), [p], {p})
print(P(1, 2) < P(1, 3), P(1, 2) == (1, 2), P(x=1, y=[]) != P(1, []))
class Sub(P):
    def total(self): return self.x + self.y
s = Sub(3, 4)
print(s, s.total(), s._replace(x=10), type(s._replace(x=10)).__name__, Sub._make([1, 1]).total())
print(s._asdict(), hasattr(s, '__dict__'))
T = namedtuple('T', ['a'], defaults=[1])
print(T(), T._field_defaults, T(a=2))
Z = namedtuple('Z', 'a b c', rename=True, defaults=(1,))
print(Z(1, 2))
print(namedtuple('Num', 'a b').__name__, namedtuple('Num', 'a b').__qualname__)
import copy
print(copy.copy(p) is p or copy.copy(p) == p, copy.deepcopy(P(1, [2])))

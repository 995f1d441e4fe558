# copy: copy and deepcopy of containers, instances (__dict__ and __slots__), cycles, memo.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(98)
print(s, d, s is a, s[1] is a[1], d[1] is a[1])

for v in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset([1]), range(3), len, int]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
dt = copy.deepcopy(t)
print(dt, dt is t, dt[1] is t[1], copy.copy(t) is t)
print(copy.copy({1, 2}), copy.deepcopy({'a': {1}}), copy.copy(bytearray(b'x')))

# shared references stay shared; cycles are preserved
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
dd = {'self': None}
dd['self'] = dd
cd = copy.deepcopy(dd)
print(cd['self'] is cd)
tc = ([],)
tc[0].append(tc)
dtc = copy.deepcopy(tc)
print(dtc[0][0] is dtc, dtc is not tc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p2, p3, type(p3).__name__, p2.y is p.y, p3.y is p.y)


class Slotted:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = [1]
        self.__c = 'private'

    def c(self):
        return self.__c


sl = Slotted()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sc, 'b'), sc.c(), sd.c())


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {'e': 1}


bo = copy.deepcopy(Both())
print(bo.a, bo.extra, bo.c(), type(bo).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)


class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


st = copy.deepcopy(State())
print(st.a, st.cache)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


print(copy.copy(Reduced(4)).n, copy.deepcopy(Reduced(5)).n)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1])
md = copy.copy(MyDict(a=[1]))
print(type(md).__name__, md)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])

# a copy of a class or function is itself
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point, copy.deepcopy(copy.copy) is copy.copy)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)

# the collections types
from collections import deque, OrderedDict, Counter, namedtuple, defaultdict, ChainMap
P = namedtuple('P', 'x y')
for obj in [deque([1, [2]], maxlen=5), OrderedDict(a=[1]), Counter('aab'), P(1, [2]),
            defaultdict(list, a=[1]), ChainMap({'a': [1]})]:
    c1 = copy.copy(obj)
    c2 = copy.deepcopy(obj)
    print(type(c1).__name__, c1, c2, c1 == obj, c2 == obj, c1 is obj)

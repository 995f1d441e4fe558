# Where slot values live: inheritance of slots, __dict__ and __weakref__ in __slots__,
# subclasses of builtins and of exceptions, combining bases ("instance lay-out conflict"), and
# which classes __class__ assignment accepts.
def show(f):
    try:
        print(repr(f()))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'))
show(lambda: setattr(c, 'z', 3))

# Without __slots__ a subclass gets a __dict__ (and weakref support) again.
class Open(B):
    pass
o = Open()
o.a, o.b, o.z = 1, 2, 3
print(o.a, o.b, o.__dict__, o.__weakref__)
class Closed(Open):
    __slots__ = ('c',)
cl = Closed()
cl.c, cl.d = 'slot', 'dict'
print(cl.c, cl.__dict__)

# '__dict__' and '__weakref__' in __slots__.
class D:
    __slots__ = ('x', '__dict__')
d = D()
d.x, d.y = 1, 2
print(d.x, d.__dict__)
d.__dict__ = {'k': 'v'}
print(d.k, d.x, vars(d))
class Wk:
    __slots__ = ('x', '__weakref__')
print(Wk().__weakref__, hasattr(Wk(), '__dict__'))
show(lambda: A().__weakref__)
show(lambda: A().__dict__)
show(lambda: setattr(A(), '__dict__', {}))
for bad in [('__dict__', '__dict__'), ('__weakref__', '__weakref__')]:
    show(lambda: type('K', (), {'__slots__': bad}))
show(lambda: type('K', (Open,), {'__slots__': ('__dict__',)}))
show(lambda: type('K', (Open,), {'__slots__': ('__weakref__',)}))
# A base that has a __dict__ gives one, wherever it is in the bases.
class Mixin:
    pass
for bases in [(A, Mixin), (Mixin, A)]:
    k = type('K', bases, {'__slots__': ()})()
    k.free = 1
    print([b.__name__ for b in bases], k.__dict__)

# Combining bases: at most one line of classes may add slots.
class X:
    __slots__ = ('x',)
class Empty:
    __slots__ = ()
show(lambda: type('K', (A, X), {}))
show(lambda: type('K', (A, Empty), {}).__mro__[1:])
show(lambda: type('K', (Open, C), {}).__mro__[1:])
show(lambda: type('K', (X, list), {}))
show(lambda: type('K', (Empty, list), {}).__mro__[1:])
class Diamond(Open, C):
    __slots__ = ('e',)
dm = Diamond()
dm.a, dm.b, dm.e, dm.f = 'a', 'b', 'e', 'f'
print(dm.a, dm.b, dm.e, dm.__dict__, A.a.__get__(dm), B.b.__get__(dm))

# Subclasses of builtins keep the native value beside the slots.
class L(list):
    __slots__ = ('tag',)
l = L([3, 1, 2])
l.tag = 'sorted'
l.sort()
print(l, l.tag, l + [4], hasattr(l, '__dict__'))
class Dd(dict):
    __slots__ = ('a', 'b')
dd = Dd(k=1)
dd.b = 'b'
print(dd, dd.b, len(dd))
class F(float):
    __slots__ = ('unit',)
f = F(2.5)
f.unit = 'm'
print(f * 2, f.unit)
class S(str):
    __slots__ = ('lang',)
s = S('hi')
s.lang = 'en'
print(s.upper(), s.lang)
for base in (int, bytes, tuple, type):
    show(lambda: type('K', (base,), {'__slots__': ('a',)}))
    show(lambda: type('K', (base,), {'__slots__': ()}).__name__)
class I(int):
    pass
show(lambda: type('K', (I,), {'__slots__': ['v']}))

# Exceptions keep their __dict__; the slots come on top.
class E(Exception):
    __slots__ = ('code',)
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('boom', 7)
except E as e:
    e.note = 'dict'
    print(e, e.args, e.code, e.__dict__)
show(lambda: E('x', 1).__class__.__mro__[1].__name__)
show(lambda: type('K', (Exception,), {'__slots__': ('__dict__',)}))
show(lambda: type('K', (E, A), {}))

# __class__ assignment between classes: allowed only when the layouts agree.
class Plain: pass
class Plain2: pass
class S0: __slots__ = ()
class S0b: __slots__ = ()
class Sx: __slots__ = ('x',)
class Sx2: __slots__ = ('x',)
class Sy: __slots__ = ('y',)
class SxD: __slots__ = ('x', '__dict__')
class SxD2: __slots__ = ('x', '__dict__')
class SD: __slots__ = ('__dict__',)
class SDW: __slots__ = ('__dict__', '__weakref__')
class SxPlain(Sx): pass
class SxPlain2(Sx): pass
class SxS0(Sx): __slots__ = ()
class Sx2Plain(Sx2): pass
class PlainS0(Plain): __slots__ = ()
class PlainSx(Plain): __slots__ = ('x',)
class L1(list): pass
class L2(list): pass
class LS(list): __slots__ = ('a',)
class LS2(list): __slots__ = ('a',)
class LS0(list): __slots__ = ()
class I1(int): pass
class I2(int): pass
class E1(Exception): pass
class E2(Exception): pass
class ES(Exception): __slots__ = ('a',)
class ES2(Exception): __slots__ = ('a',)
classes = [Plain, Plain2, S0, S0b, Sx, Sx2, Sy, SxD, SxD2, SD, SDW, SxPlain, SxPlain2, SxS0,
           Sx2Plain, PlainS0, PlainSx, L1, L2, LS, LS2, LS0, I1, I2, E1, E2, ES, ES2]
for old in classes:
    row = ''
    for new in classes:
        obj = old(5) if issubclass(old, int) else old()
        try:
            obj.__class__ = new
            row += '+'
        except TypeError:
            row += '.'
    print(row, old.__name__)
sx = Sx()
sx.x = 'kept'
sx.__class__ = Sx2
print(type(sx).__name__, sx.x, Sx2.x.__get__(sx))
try:
    sx.__class__ = Sy
except TypeError as e:
    print(e)

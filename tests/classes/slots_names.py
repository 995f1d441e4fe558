# What __slots__ may be and what names it may hold: a string, a list, a tuple, a dict or any
# iterable; identifiers only; private names mangled; no clash with a class variable.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def members(cls):
    return [k for k, v in cls.__dict__.items() if type(v).__name__ == 'member_descriptor']

def make(slots, **ns):
    ns['__slots__'] = slots
    return type('K', (), ns)

# Every form gives the same members, in sorted order; __slots__ itself stays as written.
class Str:
    __slots__ = 'only'
class Lst:
    __slots__ = ['b', 'a']
class Tup:
    __slots__ = ('z', 'y', 'x')
class Dct:
    __slots__ = {'second': 'doc', 'first': 'doc'}
class Gen:
    __slots__ = (n for n in ['g2', 'g1'])
for cls in (Str, Lst, Tup, Dct):
    print(cls.__name__, members(cls), cls.__slots__)
print(members(Gen), list(Gen.__slots__))
print(Dct.first.__doc__)
class MyStr(str):
    pass
print(members(make(MyStr('sub'))), members(make([MyStr('item')])))
print(members(make(['é', 'Ω', 'b'])))
print(members(make(['a', 'a'])))
s = Str()
s.only = 1
print(s.only)

# Invalid __slots__.
show(lambda: make(5))
show(lambda: make(None))
show(lambda: make([1]))
show(lambda: make(['ok', b'bytes']))
show(lambda: make(['__dict__', 2.5]))
for name in ['', '1a', 'a b', 'a-b', 'a.b', '$']:
    show(lambda: make([name]))
show(lambda: make(['class', 'None']).__name__)

# A slot must not also be a class variable (checked after mangling).
show(lambda: make(('v',), v=5))
show(lambda: make(['w', 'v'], v=None))
show(lambda: make(['__p'], _K__p=1))
show(lambda: make(['__p'], __p=1).__name__)
class QualSlot:
    __slots__ = ('__qualname__',)
print(members(QualSlot), QualSlot.__qualname__, QualSlot.__name__)
try:
    class Conflict:
        __slots__ = ('meth',)
        def meth(self):
            pass
except ValueError as e:
    print('ValueError', e)

# Private names are mangled with the class name, as in the class body.
class Priv:
    __slots__ = ('__secret', '__dunder__', '_single', '__trail_', '__')
    def __init__(self):
        self.__secret = 's'
    def reveal(self):
        return self.__secret
p = Priv()
print(members(Priv), p.reveal(), p._Priv__secret, Priv.__slots__)
class _Under:
    __slots__ = ('__x',)
class __:
    __slots__ = ('__x',)
print(members(_Under), members(__))
class Sub(Priv):
    __slots__ = ('__secret',)
    def mine(self):
        self.__secret = 'mine'
        return self.__secret
sp = Sub()
print(members(Sub), sp.mine(), sp.reveal())

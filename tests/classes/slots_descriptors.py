# Each name in __slots__ is a member_descriptor in the class dict: __get__/__set__/__delete__,
# __name__, __objclass__, its repr, and the errors for empty slots and foreign objects.
def show(f):
    try:
        print(repr(f()))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ('y', 'x')

p = P()
d = P.__dict__['x']
print(type(d).__name__, d is P.x, repr(P.x), str(P.y))
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, P.x.__doc__)
print(sorted(k for k in P.__dict__ if not k.startswith('__')))

# Empty slots: reading and deleting raise AttributeError.
show(lambda: p.x)
show(lambda: P.x.__get__(p))
show(lambda: P.x.__get__(p, P))
def del_x():
    del p.x
show(del_x)
show(lambda: P.x.__delete__(p))
print(hasattr(p, 'x'), getattr(p, 'x', 'default'))

# Storing through the descriptor and through the attribute is the same thing.
P.x.__set__(p, 10)
print(p.x, P.x.__get__(p), P.x.__get__(p, None))
p.x = 11
print(P.x.__get__(p))
P.x.__delete__(p)
print(hasattr(p, 'x'))
p.y = 'why'
del p.y
show(lambda: p.y)

# Read from the class, __get__ gives the descriptor itself.
print(P.x.__get__(None, P) is P.x)
show(lambda: P.x.__get__(None))

# A descriptor only applies to instances of its class.
show(lambda: P.x.__get__(5))
show(lambda: P.x.__set__('s', 1))
show(lambda: P.x.__delete__([]))
class Other:
    __slots__ = ('x',)
show(lambda: Other.x.__get__(p))

# Subclasses share the parent's descriptors; the type in messages is the instance's.
class Q(P):
    pass
q = Q()
show(lambda: q.x)
show(lambda: P.x.__get__(q))
q.x = 'qx'
print(P.x.__get__(q), Q.x is P.x, 'x' in Q.__dict__)

# Redefining a slot in a subclass makes a second, independent value.
class R(P):
    __slots__ = ('x',)
r = R()
r.x = 'new'
show(lambda: P.x.__get__(r))
P.x.__set__(r, 'old')
print(r.x, P.x.__get__(r), R.x.__objclass__ is R)

# Slots are data descriptors: they win over the instance dict, and setattr/getattr/object.*
# go through them.
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.__dict__['a'] = 'from dict'
show(lambda: w.a)
setattr(w, 'a', 'slot')
print(w.a, w.__dict__, object.__getattribute__(w, 'a'))
object.__setattr__(w, 'a', 'again')
object.__delattr__(w, 'a')
print(hasattr(w, 'a'), w.__dict__)

# Replacing the class attribute removes the slot from view.
class Replaced:
    __slots__ = ('v',)
o = Replaced()
o.v = 1
Replaced.v = 'class value'
print(o.v)
try:
    o.v = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    o.other = 2
except AttributeError as e:
    print('AttributeError', e)

# A __getattr__ is the fallback for an empty slot, as for any missing attribute.
class Fallback:
    __slots__ = ('s',)
    def __getattr__(self, name):
        return 'fallback ' + name
f = Fallback()
print(f.s)
f.s = 'set'
print(f.s)

# An AttributeError from an empty slot says what and where.
try:
    p.x
except AttributeError as e:
    print(e.name, e.obj is p)

# functools.partial: stored arguments, keyword merging, flattening, attributes, repr, errors.
from functools import partial

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
print(partial(pow, 2)(10), partial(int, base=2)('101'), partial(int, '11', base=2)(base=3))
print(partial(f)(), partial(f, k=1)(k=2))
q = partial(p, 6, b=7)
print(q.func is f, q.args, q.keywords, q(8, a=0))
print(type(p).__name__, callable(p), p == p, p == partial(f, 1, 2, a=3))

# repr without addresses
print(repr(partial(len, 'x', b='2')))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(divmod, 7))))
print(repr(partial(len))[:25])

rec = partial(print)
rec.keywords['again'] = rec
print(repr(rec), repr(partial(len, [rec]))[-20:])

# A partial with attributes is not flattened.
r = partial(f, 1)
r.note = 'hi'
s = partial(r, 2)
print(s.func is r, s.args, r.note, r.__dict__, s())
del r.note
print(r.__dict__)

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)

# keywords is the stored dict; the call does not change it.
k = partial(f, x=1)
k(x=2, y=3)
print(k.keywords)

# Partial objects are not methods: they do not bind.
class C:
    m = partial(f, 'bound?')
print(C().m(1), C.m(2))

# Subclasses
class P(partial):
    def extra(self):
        return 'extra', self.args
sp = P(max, 1, key=abs)
print(sp(-5, 3), sp.func, sp.args, sp.keywords, sp.extra(), isinstance(sp, partial), type(sp).__name__)
sp.note = 1
print(sp.note, sp.__dict__, partial(sp, 2).func is sp, partial(sp, 2)(-7))
class Q(partial):
    def __call__(self, *a):
        return 'own', super().__call__(*a)
print(Q(min, 3)(1))
fresh = P(max, 1)
flat = partial(fresh, 2)
print(flat.func, flat.args, type(flat).__name__, partial(Q(min, 3), 4).func.__class__.__name__)

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: partial())
err(lambda: partial(1))
err(lambda: partial(None, 2))
err(lambda: partial(len, 1, 2)())
err(lambda: partial(len)(1))
def set_func():
    p.func = len
err(set_func)
def set_args():
    p.args = ()
err(set_args)
def set_kw():
    p.keywords = {}
err(set_kw)
err(lambda: p.missing)

def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
show(lambda: (5).foo)
show(lambda: 'abc'.foo)
show(lambda: [].bar)
show(lambda: {}.baz)
show(lambda: None.attr)
show(lambda: (1, 2).append)
show(lambda: (1.5).real.nope)
class C:
    pass
show(lambda: C().missing)
show(lambda: C.missing)
class D:
    __slots__ = ('a',)
show(lambda: D().a)
show(lambda: D().b)
def set_on_int():
    x = 5
    x.attr = 1
show(set_on_int)
def set_on_str():
    'abc'.upper = None
show(set_on_str)
def set_on_list():
    [].sort = 1
show(set_on_list)
def set_on_obj():
    object().x = 1
show(set_on_obj)
show(lambda: delattr(C(), 'nope'))
import sys
show(lambda: sys.no_such_attribute)
def f():
    pass
show(lambda: f.nothing)
show(lambda: type.nothing)
show(lambda: getattr(C(), 'dyn'))
print(getattr(C(), 'dyn', 'dflt'))
e = AttributeError('custom')
print(e.args, str(e))
try:
    raise AttributeError('manual')
except AttributeError as e:
    print(repr(e))

# functools.partialmethod and singledispatchmethod: binding to instances and classes, nesting,
# reprs, registration, and errors.
from functools import partialmethod, singledispatchmethod, partial

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = state
        return (state, note)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='bye')
    twice = partialmethod(partialmethod(set_state, True), note='nested')

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note='hi'), c.twice())
b = c.set_alive
print(type(b).__name__, b.func.__name__, b.args, b.keywords, b.__self__ is c)
print(Cell.set_alive(c), Cell.set_dead(c, note='class'))
pm = Cell.__dict__['set_dead']
print(pm.func.__name__, pm.args, pm.keywords, isinstance(pm, partialmethod))
print(repr(pm).split(' at ')[0], repr(pm).split('>')[-1])
print(repr(partialmethod(len)).split('>')[-1], repr(partialmethod(len, 1, 2)).split('>')[-1])
print(Cell.__dict__['twice'].args, Cell.__dict__['twice'].keywords)

# A callable without __get__: the partialmethod makes the method itself.
class Adder:
    def __call__(self, obj, *args, **kw):
        return ('called', type(obj).__name__, args, sorted(kw.items()))
class Uses:
    add = partialmethod(Adder(), 1, k=2)
    @classmethod
    def cm(cls, x, y):
        return cls.__name__, x, y
    cpm = partialmethod(cm, 'fixed')
    @staticmethod
    def sm(x, y):
        return 'static', x, y
    spm = partialmethod(sm, 'fixed')
u = Uses()
print(u.add(3), u.add(k=5), Uses.add(u, 4), u.cpm(9), Uses.cpm(8), u.spm(7))
print(Uses.__dict__['add']._partialmethod if False else hasattr(Uses.add, '_partialmethod'))

class Dispatch:
    @singledispatchmethod
    def handle(self, arg):
        return 'default ' + repr(arg)
    @handle.register
    def _(self, arg: int):
        return 'int %d' % arg
    @handle.register(str)
    def _(self, arg):
        return 'str ' + arg
    @handle.register
    @classmethod
    def _(cls, arg: list):
        return cls.__name__ + ' list %d' % len(arg)

d = Dispatch()
print(d.handle(1), d.handle('x'), d.handle(1.5), d.handle([1, 2]), d.handle(True))
print(Dispatch.handle(d, 2), d.handle.__name__, callable(d.handle.register))

class Plain:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls.__name__, 'generic'
    @make.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__, 'int'
print(Plain.make('a'), Plain.make(3), Plain().make(4))

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: partialmethod())
err(lambda: partialmethod(1))
err(lambda: singledispatchmethod(1))
err(lambda: d.handle())
err(lambda: Cell.set_alive())

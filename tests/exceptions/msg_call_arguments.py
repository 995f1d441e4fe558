def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
class C:
    def m(self, a):
        pass
    @classmethod
    def cm(cls, a, *, k):
        pass
    @staticmethod
    def sm(a, b=1):
        pass
class NoInit:
    pass
class WithInit:
    def __init__(self, x):
        pass
def f(a, b, /, c, *, d):
    pass
def g(*args, **kw):
    pass
def h(x, y=2, *rest, z, **kw):
    pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.cm(1))
show(lambda: C.cm(1, 2, k=3))
show(lambda: C.sm())
show(lambda: C.sm(1, 2, 3))
show(lambda: NoInit(1))
show(lambda: NoInit(x=1))
show(lambda: WithInit())
show(lambda: WithInit(1, 2))
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, 3, 4, d=5))
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(1, 2, c=3, d=4, e=5))
show(lambda: g(**{1: 2}))
show(lambda: h())
show(lambda: h(1))
show(lambda: h(1, x=1, z=0))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda a, b: 0)(1))
show(lambda: (lambda *, k: 0)())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: isinstance(1))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: 'x'.split(1, 2, 3))

# Argument errors name a function by its __qualname__, also after it was reassigned.
class A:
    def f(self, x, *, k):
        pass


def g(a, b=1, /, c=2):
    pass


def run(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(e)


run(A().f)
run(A().f, 1)
run(A().f, 1, 2, k=3)
run(A().f, 1, k=1, z=2)
run(A().f, 1, x=1, k=1)
run(g)
run(g, 1, 2, 3, 4)
run(g, 1, a=2)
g.__qualname__ = 'Renamed.g'
run(g)
run(g, 1, 2, 3, 4)
run(g, 1, zz=2)
ns = {}
exec('def h(x):\n    pass\n', ns)
h = ns['h']
h.__qualname__ = 'Point.__init__'
run(h)
print(h.__qualname__, h.__name__)

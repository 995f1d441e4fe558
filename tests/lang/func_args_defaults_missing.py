# Defaults and missing-argument errors when positional and keyword-only parameters are both unset.
def f(a, b, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
for call in [lambda: f(1, 2, d=4), lambda: f(1, d=4), lambda: f(1, 2), lambda: f(), lambda: f(1,2,3,4,5,d=1), lambda: f(1, 2, e=1), lambda: f(b=2, a=1, d=0, z=9)]:
    try: print(call())
    except TypeError as ex: print("TE", ex)
def g(*, x, y=2): return x, y
for call in [lambda: g(), lambda: g(x=1), lambda: g(1)]:
    try: print(call())
    except TypeError as ex: print("TE", ex)
def h(a, b=2, *, c): return a, b, c
for call in [lambda: h(), lambda: h(1), lambda: h(c=1)]:
    try: print(call())
    except TypeError as ex: print("TE", ex)

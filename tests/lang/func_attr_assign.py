# Setting and deleting a function's special attributes: type checks, and calls that follow.
def g(a, b=2, *, c=3): return a, b, c
for a,v in [('__name__',5),('__qualname__',5),('__defaults__',5),('__defaults__',[1]),('__kwdefaults__',5),('__annotations__', 5)]:
    try: setattr(g,a,v); print(a,'ok')
    except Exception as e: print(a,type(e).__name__,e)
for a in ['__name__', '__qualname__']:
    try: delattr(g, a); print(a, 'deleted')
    except TypeError as e: print(a, e)
g.__defaults__ = (10, 20)
print(g(), g.__defaults__)
g.__defaults__ = None
print(g.__defaults__)
try: g()
except TypeError as e: print(e)
g.__kwdefaults__ = {'c': 'C'}
print(g(1, 2), g.__kwdefaults__)
del g.__kwdefaults__
print(g.__kwdefaults__)
try: g(1, 2)
except TypeError as e: print(e)
del g.__defaults__
print(g.__defaults__)
g.__annotations__ = {'a': int}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
g.__name__ = 'h'; g.__qualname__ = 'X.h'
print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])

# itertools and functools types: their names, qualified names, modules, and the dotted name
# (itertools.count) that reprs and error messages use, as CPython's do.
import itertools, functools
for T in (itertools.count, itertools.chain, itertools._grouper, itertools._tee, functools.partial,
          type(functools.cmp_to_key(len)), type(functools.cache(len)), int, type(None)):
    print(T, T.__name__, T.__qualname__, T.__module__)
g = next(itertools.groupby('a'))[1]
print(repr(g)[:28], type(itertools.tee('a')[0]))
for f in (lambda: itertools.count().x, lambda: len(itertools.count()), lambda: itertools.count()[0],
          lambda: type('X', (itertools._tee,), {})):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class C(itertools.count):
    pass
print(C.__name__, C.__module__, C.__mro__)
print(type(itertools.repeat(1)), type(itertools.product()).__name__, itertools.repeat.__module__)

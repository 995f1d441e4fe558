def f(a, b=2):
    "doc string"
    return a + b
print(f.__name__, f.__doc__, f.__defaults__)
f.custom = 'attr'
print(f.custom)
print(sorted(k for k in vars(f)))
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
print(g() is None)
class C:
    def m(self):
        pass
    class Inner:
        def n(self):
            pass
print(C.m.__qualname__, C.Inner.n.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
f.__defaults__ = (100,)
print(f(1))
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter())
print(f.__module__)
print(callable(f), type(f).__name__)
def annotated(x: int, y: 'str' = 'a') -> list:
    return [x, y]
print(annotated.__annotations__)
print(annotated(1))
f2 = f
del f
print(f2.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__)
g.__name__ = 'renamed'
print(g.__name__)
print(f2.__code__.co_name, f2.__code__.co_varnames)

def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(1, 2, 3, e=5, a=10))
for call in [lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(a=1, b=2, c=3, e=5),
             lambda: f(1, 2, 3, 4, e=5, c=1), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
def g(*, only):
    return only
print(g(only=1))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h(x, y):
    return x - y
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(1, z=2)
except TypeError as e:
    print(e)
try:
    h(1, x=2)
except TypeError as e:
    print(e)
print(h(y=1, x=10))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1))
print(defaults(2))
print(defaults.__defaults__)
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2), kwd.__kwdefaults__)
def varargs(*args):
    return type(args).__name__, args
print(varargs(), varargs(1, 2))
def varkw(**kw):
    return type(kw).__name__, kw
print(varkw(), varkw(z=1))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)

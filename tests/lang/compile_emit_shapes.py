# The emitter's shared shapes: displays with and without unpacking, calls with *args and
# **kwargs, loads, stores and deletes of names, attributes and subscripts, augmented
# assignment to each, raise forms, decorators, and the cleanup of `except ... as name`.
import sys


def line_of(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno - f.__code__.co_firstlineno


a = [1, 2]
d = {"k": 3}
print([], [1], [*a], [0, *a, 3, *a], [*a, *a])
print((), (1,), (*a,), (0, *a, 3), (*a, *a, 4))
print(sorted({1}), sorted({*a}), sorted({0, *a, 3, *a}), sorted({*a, 5}))
print({}, {1: 2}, {**d}, {0: 1, **d, "z": 2}, {**d, **{"y": 4}})


def f(*args, **kw):
    return args, sorted(kw.items())


print(f(), f(1, 2), f(*a), f(0, *a, 3), f(*a, x=1), f(1, **d), f(*a, *a, y=2, **d, z=3))
print(f(1, *(), **{}), f(x=1, *a))


class C:
    pass


o = C()
o.x = 1
lst = [10, 20, 30]
lst[1] = 5
o.x += 2
lst[0] -= 1
lst[1:2] = [7, 8]
n = 4
n **= 2
print(o.x, lst, n)
del lst[0], o.x
del lst[1:]
print(lst, hasattr(o, "x"))
(u, *v), w = (1, 2, 3), 4
print(u, v, w)
try:
    del n, undefined_name
except NameError as e:
    print("NameError", "n" in dir())


def g():
    x = 1
    del x
    return x


print(line_of(g))


def h():
    o = C()
    o.y += 1


print(line_of(h))


def k():
    s = [1]
    (s
     [3]) += 1


print(line_of(k))


def r(kind):
    try:
        if kind == 0:
            raise ValueError
        if kind == 1:
            raise ValueError("v") from KeyError("k")
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except Exception as e:
        return type(e).__name__, type(e.__cause__).__name__


print(r(0), r(1), r(2))


def deco(tag):
    def wrap(fn):
        return lambda *a: (tag, fn(*a))

    return wrap


@deco("outer")
@deco("inner")
def dec(x):
    return x * 2


print(dec(3))


def cls_deco(c):
    c.tagged = True
    return c


@cls_deco
class D(C, metaclass=type):
    pass


print(D.tagged, D.__mro__[1] is C)


def except_as():
    e = "before"
    try:
        raise KeyError("x")
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "cleared"


print(except_as())


def except_as_raise():
    try:
        try:
            raise KeyError("x")
        except KeyError as e:
            raise ValueError("y")
    except ValueError:
        pass
    return "e" in dir()


print(except_as_raise())


class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.swallow


def with_forms():
    with CM("a") as x, CM("b") as y:
        print(x, y)
    with CM("c", True):
        raise KeyError
    for i in range(3):
        with CM("loop"):
            if i == 1:
                break
            continue
    with CM("ret"):
        return "returned"


print(with_forms())
print(-(3), ~5, +2, not 1, -(-4), -2**2)
sys.stdout.flush()


def imports():
    import os.path
    import os.path as osp
    import sys as s2, os
    return os.path is osp, s2 is sys, os.__name__


print(imports())


class E(dict):
    "E's doc"

    def keys(self):
        return sorted(super().keys())


print(E.__doc__, E.__qualname__, E.__module__, E(b=1, a=2).keys(), f(*a, **d, w=0))


def long_line():
    t = [i for i in range(3)] + [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80]
    return t[100]


def back_line():
    return f(
        1,
        2,
    )[
        5
    ]


print(line_of(long_line), line_of(back_line))
print([(x < y, x <= y, x == y, x != y, x > y, x >= y, x in [y], x not in [y], x is y, x is not y)
       for x, y in [(1, 2), (2, 2)]])

# eval and single mode share the module scope set-up with exec.
k = 10
print(eval("k + 1"), eval("[k * i for i in range(3)]"), eval("(lambda y: k + y)(2)"), eval("  k\n"))
exec(compile("k * 2\nk * 3", "<s>", "exec"))
exec(compile("k * 4", "<s>", "single"))
exec(compile("if k:\n    k * 5\n", "<s>", "single"))
try:
    eval("k +")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)

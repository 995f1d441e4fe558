# inspect: predicates, members, docstrings, source, signatures of every kind of callable.
import functools
import inspect
import typing


def plain(a, b: int = 2, *args, c, d: "str" = "x", **kw) -> typing.List[int]:
    """Add things.

    Second line, indented.
    """
    return [a]


def gen():
    yield 1


async def coro():
    pass


def decorate(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


class Base:
    """Base docstring."""

    def method(self, x, y=1):
        """Method doc."""
        return x

    @decorate
    def wrapped(self, z, *, flag=False):
        return z

    @staticmethod
    def static(p, q=3):
        pass

    @classmethod
    def klass(cls, r):
        pass

    @property
    def prop(self):
        return 5


class Child(Base):
    def method(self, x, y=1):
        return x + 1

    def __init__(self, size, *, name="child"):
        self.size = size


class Callable:
    def __call__(self, u, v=None):
        return u


print([f(plain) for f in (inspect.isfunction, inspect.ismethod, inspect.isroutine,
                          inspect.isgeneratorfunction, inspect.iscoroutinefunction,
                          inspect.isbuiltin, inspect.isclass)])
c = coro()
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro),
      inspect.iscoroutine(c), inspect.isawaitable(c), inspect.ismodule(inspect), inspect.isclass(Base),
      inspect.ismethod(Base().method), inspect.isbuiltin(len), inspect.isroutine(len),
      inspect.iscode(plain.__code__), inspect.isdatadescriptor(Base.__dict__["prop"]),
      inspect.isabstract(Base), inspect.isgeneratorfunction(functools.partial(gen)))
c.close()
print(inspect.getmro(Child) == (Child, Base, object))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(1)) if not name.startswith("__")])
print(inspect.getdoc(plain))
print(inspect.getdoc(Child(1).method), inspect.getdoc(Child), repr(inspect.cleandoc("  a\n    b\n  c\n\n")))
print(inspect.indentsize("\t  x"), inspect.unwrap(Base.wrapped).__name__, Base.wrapped.__wrapped__.__name__)

print(inspect.getsource(plain), end="")
print(inspect.getsource(Base.method), end="")
print(inspect.getsource(Base.wrapped), end="")
print(inspect.getsource(Callable), end="")
lines, start = inspect.getsourcelines(decorate)
print(start, len(lines), inspect.getsourcefile(plain) == plain.__code__.co_filename,
      inspect.getfile(Base) == __file__)
print(inspect.getmodule(plain).__name__, inspect.getmodule(inspect.signature).__name__)

for obj in (plain, gen, Base.method, Base().method, Base.wrapped, Base().wrapped, Base.static,
            Base.klass, Child, Callable(), functools.partial(plain, 1, c=3),
            functools.partial(Base.static, q=9), lambda x, /, y=2, *, z: 0):
    sig = inspect.signature(obj)
    print(sig, [(p.name, p.kind.name, p.kind.description) for p in sig.parameters.values()])
sig = inspect.signature(plain)
print(repr(sig), sig.return_annotation, sig.parameters["b"], repr(sig.parameters["d"]),
      sig.parameters["a"].default is inspect.Parameter.empty)
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in (((), {}), ((1,), {}), ((1,), {"a": 2, "c": 1}), ((1, 2), {"b": 3, "c": 1})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(sig.bind_partial(c=1))
print(sig.replace(return_annotation=int), sig.replace(parameters=[]))
p = inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, p.replace(name="y", default=inspect.Parameter.empty), inspect.Signature([p]))
print(inspect.Signature([inspect.Parameter("a", 0), inspect.Parameter("b", 1)]))
for bad in (lambda: inspect.Parameter("1x", 1), lambda: inspect.Parameter("a", 9),
            lambda: inspect.Parameter("a", 2, default=1),
            lambda: inspect.Signature([inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)]),
            lambda: inspect.Signature([inspect.Parameter("a", 3), inspect.Parameter("b", 1)]),
            lambda: inspect.Signature([inspect.Parameter("a", 1), inspect.Parameter("a", 3)]),
            lambda: inspect.signature(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(inspect.signature(plain) == inspect.signature(plain), hash(sig) == hash(inspect.signature(plain)))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Base().method))
print(inspect.getcallargs(plain, 1, c=2))


def f_with_sig():
    pass


f_with_sig.__signature__ = inspect.Signature([inspect.Parameter("custom", 1)])
print(inspect.signature(f_with_sig))


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, [info.function for info in inspect.stack()[:2]]


print(where())
g = gen()
print(inspect.getgeneratorstate(g), end=" ")
next(g)
print(inspect.getgeneratorstate(g), end=" ")
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.Parameter.VAR_KEYWORD, str(inspect.Parameter.KEYWORD_ONLY))
print(inspect.getattr_static(Base(), "prop").__class__.__name__, inspect.getattr_static(Base, "x", "none"))


def three(a, b, c=3, *, k, m=1):
    pass


def two(a, b):
    pass


for f, args, kwargs in ((three, (1,), {}), (three, (1, 2), {}), (three, (1, 2, 3, 4), {"k": 1}),
                        (two, (1, 2, 3), {}), (two, (), {}), (two, (1,), {"a": 1}),
                        (two, (1, 2), {"z": 1}), (three, (1, 2), {"k": 0}), (plain, (1,), {"c": 2, "zz": 3})):
    try:
        print(inspect.getcallargs(f, *args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
print(sorted(k for k in inspect.getcallargs(Base().method, 5)), inspect.getcallargs(Base().method, 5)["y"])

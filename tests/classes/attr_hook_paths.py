# The paths of attribute access on instances through the hooks, and what type() puts in a new
# class's namespace: each combination of __getattribute__, __getattr__, __setattr__ and
# __delattr__, and the defaults (__doc__, __hash__ = None beside __eq__, implicit class methods).


class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        if name.startswith("x"):
            raise AttributeError(name)
        return "ga:" + name


class GAGetattr(GA):
    def __getattr__(self, name):
        return "fallback:" + name


class Prop:
    @property
    def p(self):
        raise AttributeError("p")

    def __getattr__(self, name):
        return "getattr:" + name


def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__


g, gg, p = GA(), GAGetattr(), Prop()
print(g.a, attempt(lambda: g.xy), attempt(lambda: g.boom), type(g).__name__)
print(gg.a, gg.xy, attempt(lambda: gg.boom), p.p, p.q, attempt(lambda: Prop().__missing))


class Hooks:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


h = Hooks()
h.a = 2
print(h.a, h.__dict__)
del h.a
print(h.__dict__, attempt(lambda: object.__delattr__(h, "a")))
type.__setattr__(Hooks, "k", 5)
print(Hooks.k, h.k)
type.__delattr__(Hooks, "k")
print(hasattr(Hooks, "k"), attempt(lambda: type.__setattr__(int, "k", 1)))


class Eq:
    "doc"

    def __eq__(self, o):
        return True

    def __init_subclass__(cls, **kw):
        cls.kw = kw

    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Sub(Eq, tag=1):
    pass


print(Eq.__doc__, Sub.__doc__, Eq.__hash__, Sub.kw, Eq[int], Sub[1])
print(type("T", (), {}).__doc__, type("T", (), {"__eq__": lambda s, o: 1}).__hash__)

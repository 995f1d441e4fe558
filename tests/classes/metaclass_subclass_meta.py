# A subclass of a user metaclass is itself a metaclass: its classes take attributes,
# methods and the metaclass's hooks.
class Base(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.registry = []
        cls.made_by = mcls.__name__
        return cls

    def describe(cls):
        return '%s made by %s' % (cls.__name__, cls.made_by)


class Derived(Base):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        cls.registry.append(obj)
        return obj

    def __len__(cls):
        return len(cls.registry)


class Deeper(Derived):
    pass


class P(metaclass=Derived):
    def __init__(self, v=0):
        self.v = v


class Q(P):
    x = 1


class R(metaclass=Deeper):
    pass


P(1)
P(2)
Q(3)
print(P.describe(), Q.describe(), R.describe(), len(P), len(Q), len(R))
print([o.v for o in P.registry], Q.x, type(Q).__name__, type(R).__name__)
Q.y = 5
del Q.x
print(Q.y, hasattr(Q, 'x'), isinstance(R, Base), isinstance(R(), R), len(R))
print(P.__name__, Q.__mro__ == (Q, P, object), R.__qualname__, R.made_by)

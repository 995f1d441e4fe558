# A subclass of a metaclass is a metaclass too: its classes have class attributes, not
# instance ones (this crashed when the metaclass derived from type only indirectly).
class AM(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        print('new', name, getattr(cls, 'tag', None))
        return cls


class Meta(AM):
    def describe(cls):
        return 'class ' + cls.__name__


class Deeper(Meta):
    pass


class Base(metaclass=AM):
    tag = 'base'


class W(Base, metaclass=Meta):
    x = 1

    def method(self):
        return 'method'


class X(W, metaclass=Deeper):
    pass


print(W.x, W.tag, getattr(W, 'zz', None), W.describe(), X.describe(), X.x)
W.y = 5
print(W.y, X.y, W().method(), type(W).__name__, type(X).__name__, isinstance(X, AM))
print(sorted(k for k in vars(W) if not k.startswith('__')), hasattr(W, 'nope'))
del W.y
print(hasattr(X, 'y'), [c.__name__ for c in X.__mro__])

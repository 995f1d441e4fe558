# Subclasses of staticmethod, classmethod and property work as descriptors, and the three
# report __isabstractmethod__ of the functions they wrap.
def f(cls):
    return cls.__name__


class CM(classmethod):
    def __init__(self, fn):
        print('CM.__init__')
        super().__init__(fn)


class SM(staticmethod):
    pass


class P(property):
    pass


class K:
    c = CM(f)
    s = SM(lambda: 'static')

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    def _del(self):
        print('deleted')

    p = P(_get, _set, _del)


print(K.c(), K().c(), K.s(), K().s())
k = K()
k.p = 4
print(k.p)
del k.p
print(type(K.__dict__['p']).__name__, type(K.__dict__['c']).__name__)


def g(self):
    pass


print(getattr(property(g), '__isabstractmethod__'))
print(getattr(classmethod(g), '__isabstractmethod__'), getattr(staticmethod(g), '__isabstractmethod__'))
g.__isabstractmethod__ = True
print(property(g).__isabstractmethod__, property(None, g).__isabstractmethod__)
print(classmethod(g).__isabstractmethod__, staticmethod(g).__isabstractmethod__)
print(property().__isabstractmethod__)

class A:
    __secret = 'A secret'
    def __init__(self):
        self.__priv = 'A priv'
    def get(self):
        return self.__priv, self.__secret
    def __hidden(self):
        return 'A hidden'
    def call_hidden(self):
        return self.__hidden()
class B(A):
    __secret = 'B secret'
    def __init__(self):
        super().__init__()
        self.__priv = 'B priv'
    def getb(self):
        return self.__priv, self.__secret
b = B()
print(b.get(), b.getb())
print(sorted(k for k in vars(b)))
print(b._A__priv, b._B__priv, B._A__secret)
try:
    b.__priv
except AttributeError as e:
    print(type(e).__name__)
print(b.call_hidden())
print(hasattr(A, '__hidden'), hasattr(A, '_A__hidden'))
class C:
    __dunder__ = 'not mangled'
    def m(self):
        return self.__dunder__
print(C().m(), hasattr(C, '__dunder__'))
class _Under:
    __x = 1
print(sorted(k for k in vars(_Under) if 'x' in k))
class D:
    def f(self):
        return getattr(self, '__v', 'getattr string not mangled')
    def g(self):
        __local = 5
        return __local
print(D().f(), D().g())
class E:
    def __init__(self):
        self.__data = [1]
    def data(self):
        return [x for x in self.__data]
print(E().data())

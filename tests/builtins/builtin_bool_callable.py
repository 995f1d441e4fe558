print(bool(), bool(0), bool(1), bool('0'), bool([]), bool(None), bool(bool), bool(NotImplemented) if False else 'skip')
print(bool.__name__, bool(x=1) if False else 'kwarg skip', type(bool(5)).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable(5), callable('s'), callable(None))
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
class K:
    def __call__(self):
        return 1
print(callable(C), callable(C()), callable(C().m), callable(C.s), callable(K()), callable(K))
print(callable([].append), callable(str.upper), callable(type), callable(object()))
def g():
    yield
print(callable(g), callable(g()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__)

class Outer:
    class Inner:
        class Deepest:
            def method(self):
                def local():
                    pass
                return local
        def imethod(self):
            pass
    def omethod(self):
        class InMethod:
            pass
        return InMethod
    lam = lambda self: None
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__, Outer.Inner.Deepest().method().__qualname__)
print(Outer.Inner.imethod.__qualname__, Outer.omethod.__qualname__, Outer().omethod().__qualname__)
print(Outer.lam.__qualname__, Outer.lam.__name__)
def func():
    class InFunc:
        def m(self):
            pass
    return InFunc
print(func().__qualname__, func().m.__qualname__, func.__qualname__)
gen = (x for x in [])
print(gen.__qualname__)
print([c.__qualname__ for c in (int, str, Outer.Inner)])

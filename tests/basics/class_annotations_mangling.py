# annotations of modules, classes and functions; private name mangling in classes
x: int = 5
y: str
class C:
    a: int = 1
    b: "list[str]"
    def m(self, p: int, *q: str, r: float = 2.0, **s: bool) -> None:
        pass
    __secret = 7
    def get(self):
        return self.__secret, C.__secret
def f(a, b: int = 3) -> str: pass
print(__annotations__, C.__annotations__, C.m.__annotations__, f.__annotations__)
print(C().get(), C._C__secret, hasattr(C, "__secret"))
def g(): pass
print(g.__annotations__)
class __Under:
    __x = 1
print(__Under.__dict__.get("__x"))

# type(name, bases, dict) and type.__new__ give the class the running module's __module__
T = type("T", (), {})
print(T, T.__module__, repr(T()).split(" object")[0])
U = type("U", (), {"__module__": "custom"})
print(U, U.__module__)
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
V = M("V", (), {})
print(V, V.__module__)
import collections
P = collections.namedtuple("P", "x")
print(P, P.__module__)
def make():
    return type("Inner", (), {})
print(make().__module__, make().__qualname__)

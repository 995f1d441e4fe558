# The most derived metaclass wins; bases whose metaclasses are unrelated are a metaclass
# conflict, whether the class comes from a class statement or from type() directly.
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass
class D(A, C):
    pass
print(type(D).__name__, type(type('E', (A,), {})).__name__, type(type('F', (C, A), {})).__name__)
for make in [lambda: type('X', (A, B), {}), lambda: type('Y', (1,), {}), lambda: M2('Z', (A,), {})]:
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print('TypeError', e)
class MN(type):
    def __new__(mcls, name, bases, ns):
        ns['made_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class H(metaclass=MN):
    pass
I = type('I', (H,), {})
print(type(I).__name__, I.made_by)
class J(H, metaclass=type):
    pass
print(type(J).__name__, J.made_by)
def meta_fn(name, bases, ns):
    return 'built ' + name
class K(A, metaclass=meta_fn):
    pass
print(K)

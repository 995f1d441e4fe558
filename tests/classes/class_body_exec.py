print('before class')
class C:
    print('executing class body')
    x = 1
    y = x + 1
    for i in range(3):
        y += i
    del i
    if y > 3:
        big = True
    else:
        big = False
    def method(self):
        return self.y
    try:
        raise ValueError
    except ValueError:
        handled = 'yes'
    z = [j for j in range(2)]
print('after class')
print(C.x, C.y, C.big, C.handled, C.z, C().method())
print(hasattr(C, 'i'), hasattr(C, 'j'))
def make(n):
    class Local:
        value = n
        def get(self):
            return self.value * n
    return Local
L3 = make(3)
L4 = make(4)
print(L3().get(), L4().get(), L3 is not L4, L3.__name__)
class WithName:
    name_in_body = __qualname__
    mod = __name__
print(WithName.name_in_body, WithName.mod)
class Cond:
    if True:
        def f(self):
            return 'first f'
    else:
        def f(self):
            return 'second f'
print(Cond().f())
class Override:
    def m(self):
        return 1
    def m(self):
        return 2
print(Override().m())
class Ret:
    v = (lambda: 'lambda in body')()
print(Ret.v)
class Empty:
    pass
print(Empty.__name__, Empty.__bases__[0].__name__)
class NoParens():
    pass
print(NoParens.__bases__[0].__name__)

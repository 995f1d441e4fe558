x = 'global'

class A:
    x = 'class'
    y = x + '!'
    def meth(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(A.y)
print(A().meth())
print(A.z)
print(A.w)

def f():
    x = 'func'
    class B:
        print('in B:', x)
        x = 'B'
        print('in B after:', x)
        def m(self):
            return x
    return B

B = f()
print(B.x, B().m())

def g():
    v = 'enclosing'
    class C:
        w = v
        def get(self):
            return v
    return C

C = g()
print(C.w, C().get())

class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    names = ['p', 'q']
    pairs = [(n, i) for i, n in enumerate(names)]

print(D.b, D.pairs)

class E:
    items = [1, 2, 3]
    total = sum(v for v in items)
print(E.total)

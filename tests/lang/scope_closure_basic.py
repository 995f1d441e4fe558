# closures capture variables, not values
def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in make_adders()])

def make_adders_default():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders_default()])

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc()
print(get(), inc(), get())

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()

print(outer())

def late():
    def f():
        return y
    y = 5
    r1 = f()
    y = 6
    return r1, f()

print(late())

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x

print(shadow())

# closure cell shared between two inner functions
def pair():
    v = []
    def add(a):
        v.append(a)
    def show():
        return list(v)
    return add, show

a, s = pair()
a(1); a(2)
print(s())
print(make_adders()[0].__closure__ is not None)
print(len(make_adders()[0].__closure__))
print(make_adders()[0].__closure__[0].cell_contents)

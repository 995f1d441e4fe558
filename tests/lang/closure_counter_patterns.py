def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def memoize(f):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memoize
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), len(slow_sq.cache))
fns = []
for i in range(3):
    def f(i=i):
        return i
    fns.append(f)
print([f() for f in fns])
def outer():
    x = [0]
    def bump():
        x[0] += 1
        return x[0]
    return bump
b = outer()
print(b(), b(), b())
def cell_sharing():
    funcs = []
    v = 'first'
    funcs.append(lambda: v)
    v = 'second'
    funcs.append(lambda: v)
    return [f() for f in funcs]
print(cell_sharing())

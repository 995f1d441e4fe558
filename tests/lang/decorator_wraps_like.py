def copy_meta(src):
    def deco(dst):
        dst.__name__ = src.__name__
        dst.__doc__ = src.__doc__
        dst.__wrapped__ = src
        return dst
    return deco

def memo(f):
    cache = {}
    @copy_meta(f)
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
print(fib.__name__, fib.__doc__)
print(len(fib.cache))
print(fib.__wrapped__(10))

def retry(times):
    def deco(f):
        def w(*a):
            for i in range(times):
                try:
                    return f(*a)
                except ValueError as e:
                    print('attempt', i, 'failed:', e)
            return 'gave up'
        return w
    return deco

state = {'n': 0}
@retry(3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('n=%d' % state['n'])
    return 'ok at %d' % state['n']

print(flaky())
state['n'] = -10
print(flaky())

def with_args(*dargs, **dkw):
    def deco(f):
        def w(*a, **k):
            return f(*(dargs + a), **{**dkw, **k})
        return w
    return deco

@with_args(1, 2, z=3)
def show(*a, **k):
    return a, sorted(k.items())
print(show(9, y=8))
print(show(z=0))

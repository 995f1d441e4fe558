def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')

g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration:
    print('still stopped')

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
print(sum(countdown(100)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])

def empty():
    return
    yield
print(list(empty()))

def yield_none():
    yield
    x = yield
    yield x
print(list(yield_none()))

g = countdown(3)
print(iter(g) is g)
for v in g:
    print('loop', v)
print(list(g))

def gen_in_loop_with_else():
    for i in range(3):
        yield i
    else:
        yield 'else'
print(list(gen_in_loop_with_else()))
def two_gens():
    g1 = countdown(2)
    g2 = countdown(2)
    return [next(g1), next(g2), next(g1), next(g2)]
print(two_gens())

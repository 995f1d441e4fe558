def inner():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except KeyError as e:
                received.append('caught ' + str(e))
    except GeneratorExit:
        print('inner closing with', received)
        raise
    return received
def outer():
    result = yield from inner()
    print('never reached on close', result)
g = outer()
print(next(g))
print(g.send('a'))
print(g.throw(KeyError('k')))
print(g.send('b'))
g.close()
def inner2():
    yield 1
    return 'inner2 result'
def outer2():
    r = yield from inner2()
    yield 'got ' + r
print(list(outer2()))
def sub():
    x = yield 'first'
    yield 'sub got %r' % (x,)
def delegator():
    yield from sub()
d = delegator()
print(next(d), d.send(42))
def thrower():
    yield from iter([1, 2])
t = thrower()
next(t)
try:
    t.throw(ValueError('into plain iterator'))
except ValueError as e:
    print('propagated', e)
def chain_depth(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from chain_depth(n - 1)
    yield 'level %d' % n
    return r + 1
gen = chain_depth(3)
print(list(gen))

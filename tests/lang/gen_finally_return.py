def g():
    try:
        yield 1
        return 'done'
    finally:
        print('finally runs before StopIteration')
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
def g2():
    try:
        yield 1
    finally:
        return 'finally return'
it = g2()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print('throw swallowed, value', e.value)
def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print('cleanup', i)
print(list(g3()))
def g4():
    try:
        yield 'a'
    except GeneratorExit:
        print('exit seen')
        raise
    finally:
        print('g4 finally')
it = g4()
next(it)
it.close()
def g5():
    x = yield
    while x is not None:
        x = yield x * 2
it = g5()
next(it)
print(it.send(1), it.send(5))
try:
    it.send(None)
except StopIteration:
    print('stopped on None')

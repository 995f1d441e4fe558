def g1():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    yield 'after'

g = g1()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')

def g2():
    yield 1
g = g2()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('closed after throw')

g = g2()
try:
    g.throw(IndexError)
except IndexError as e:
    print('throw before start', type(e).__name__)
print(list(g))

def g3():
    try:
        yield 1
    finally:
        print('finally in g3')
g = g3()
next(g)
try:
    g.throw(TypeError('t'))
except TypeError as e:
    print('after finally', e)

def g4():
    while True:
        try:
            yield 'waiting'
        except ArithmeticError as e:
            print('handled', type(e).__name__)
g = g4()
next(g)
print(g.throw(ZeroDivisionError))
print(g.throw(OverflowError()))
try:
    g.throw(LookupError)
except LookupError:
    print('not handled')

def g5():
    try:
        yield
    except ValueError:
        raise RuntimeError('converted')
g = g5()
next(g)
try:
    g.throw(ValueError)
except RuntimeError as e:
    print(e, type(e.__context__).__name__)

def g6():
    yield 1
g = g6()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('RuntimeError', e)

def g1():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup g1')

g = g1()
print(next(g))
print(g.close())
try:
    next(g)
except StopIteration:
    print('stopped')
g.close()

def g2():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = g2()
next(g)
g.close()

def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def g4():
    try:
        yield 1
    except GeneratorExit:
        return 'ret'
g = g4()
next(g)
print(g.close())

def g5():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = g5()
next(g)
try:
    g.close()
except ValueError as e:
    print('close raised', e)

g = g1()
g.close()
print('closed before start, no cleanup printed')
print(list(g))

def g6():
    try:
        yield 1
    except Exception:
        print('Exception does not catch GeneratorExit')
    finally:
        print('g6 finally')
g = g6()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

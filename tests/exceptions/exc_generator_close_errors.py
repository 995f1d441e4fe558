def g():
    try:
        yield 1
    finally:
        print('finally in g')
        raise KeyError('from finally')
it = g()
next(it)
try:
    it.close()
except KeyError as e:
    print('close raised', repr(e))
def g2():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('replaced GeneratorExit')
it = g2()
next(it)
try:
    it.close()
except ValueError as e:
    print(e)
def g3():
    yield 1
    yield 2
it = g3()
next(it)
try:
    it.throw(TypeError, TypeError('typed'))
except TypeError as e:
    print('throw with value', e)
it = g3()
try:
    it.throw(ValueError('before start'))
except ValueError as e:
    print(e)
print(list(it))
def g4():
    while True:
        try:
            yield
        except ValueError as e:
            print('swallowed', e)
it = g4()
next(it)
it.throw(ValueError('one'))
it.throw(ValueError('two'))
it.close()
print('closed fine')

def gen():
    yield 1
    raise ValueError('gen failed')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('generator finished after exception')
def gen2():
    try:
        yield 1
    except KeyError as e:
        print('gen2 handling', repr(e))
        raise IndexError('translated')
g = gen2()
next(g)
try:
    g.throw(KeyError('k'))
except IndexError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def consumer():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        print('closing with total', total)
c = consumer()
next(c)
c.send(1)
c.send(2)
c.close()
def bad_stop():
    yield 1
    next(iter([]))
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
def uses_list():
    for x in [1, 2, 0, 4]:
        yield 10 // x
out = []
try:
    for v in uses_list():
        out.append(v)
except ZeroDivisionError as e:
    print(out, type(e).__name__, e)
def gen_finally():
    try:
        yield 'a'
        raise TypeError('in gen')
    finally:
        print('gen finally ran')
try:
    for v in gen_finally():
        print(v)
except TypeError as e:
    print('outer caught', e)
def nested_gen():
    yield from gen()
try:
    list(nested_gen())
except ValueError as e:
    print('propagated through yield from:', e)
def catch_in_gen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError:
            yield 'handled %d' % i
print(list(catch_in_gen()))

# close() of a generator whose frame, or whose inner iterator's close(), raises StopIteration.
def g():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
x = g(); next(x)
try:
    x.close(); print('closed')
except RuntimeError as e:
    print('RuntimeError', e)
class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def close(self): raise StopIteration(3)
def h():
    r = yield from It()
    print('r', r)
    yield 9
y = h(); next(y)
try:
    print(y.close())
except Exception as e:
    print(type(e).__name__, e)

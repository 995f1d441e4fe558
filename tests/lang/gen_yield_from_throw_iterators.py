# throw() and close() of a generator suspended in `yield from` over iterators that are not
# generators: with and without throw and close methods, ending, raising and yielding.
class Plain:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 10)
        return self.i


closes = []
keep = []


class Full(Plain):
    def send(self, v):
        print('send', v)
        return self.__next__()
    def throw(self, e):
        print('throw', type(e).__name__)
        if isinstance(e, KeyError):
            raise StopIteration('stopped')
        if isinstance(e, IndexError):
            return 'from throw'
        raise e
    def close(self):
        closes.append(self.i)


class CloseRaises(Plain):
    def close(self):
        raise ValueError('in close')


def outer(it):
    try:
        r = yield from it
        print('result', r)
    except Exception as e:
        print('outer caught', type(e).__name__, e)
        yield 'after'
    yield 'end'


for cls in (Plain, Full, CloseRaises):
    for exc in (KeyError('k'), IndexError('i'), ValueError('v')):
        g = outer(cls())
        keep.append(g)
        print(cls.__name__, type(exc).__name__, next(g))
        try:
            print(' ->', g.throw(exc))
            print(' ->', next(g))
        except Exception as e:
            print(' raised', type(e).__name__, e)
    g = outer(cls())
    keep.append(g)
    next(g)
    try:
        g.close()
        print(cls.__name__, 'closed')
    except Exception as e:
        print(cls.__name__, 'close raised', type(e).__name__, e)
    g = outer(cls())
    keep.append(g)
    print(next(g), g.send(None), next(g), list(g))
g = outer(Full())
keep.append(g)
next(g)
try:
    print(g.send(5))
except Exception as e:
    print(type(e).__name__)
g = outer(Plain())
keep.append(g)
next(g)
try:
    print(g.send(5))
except Exception as e:
    print(type(e).__name__)
print('closes', closes)

# yield from delegates to any iterator: next() and send(None) reach its __next__, send(x) its
# send(), and the value of the StopIteration that ends it, raised or not, is the result.
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('done')
        return self.n

    def send(self, v):
        print('send', v)
        return self.__next__()


def outer(it):
    r = yield from it
    print('result', r)
    yield 'end'


g = outer(It())
print(next(g), g.send('a'), g.send(None), next(g))
it = It()
it.n = 2
g = outer(it)
print(next(g), g.send('b'))


class NoSend:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


g = outer(NoSend())
print(next(g))
try:
    g.send(5)
except AttributeError:
    print('AttributeError')
# A builtin iterator ends without raising: the result is None.
print(list(outer(iter([1, 2]))), list(outer(range(0))))

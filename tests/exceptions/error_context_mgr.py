class Guard:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(self.name, 'exit with', t.__name__ if t else None, v)
        return t is not None and issubclass(t, self.swallow)
with Guard('outer', (KeyError,)):
    with Guard('inner', (ValueError,)):
        raise KeyError('k')
print('after: KeyError swallowed by outer')
try:
    with Guard('g1'):
        with Guard('g2', (TypeError,)):
            raise IndexError('i')
except IndexError:
    print('IndexError passed through both')
class RaiseInExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit failure')
try:
    with RaiseInExit():
        pass
except RuntimeError as e:
    print('exit raised on clean exit:', e, e.__context__)
try:
    with RaiseInExit():
        raise ValueError('body')
except RuntimeError as e:
    print('exit raised during exception:', repr(e.__context__))
def gen_with():
    with Guard('in gen'):
        yield 1
        yield 2
g = gen_with()
next(g)
g.close()
def ret_with():
    for i in range(3):
        with Guard('loop %d' % i):
            if i == 1:
                return i
print(ret_with())

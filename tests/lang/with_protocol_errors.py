class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        return False
for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            print('body')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)

class Order:
    def __init__(self, n, log):
        self.n = n
        self.log = log
    def __enter__(self):
        self.log.append('enter%d' % self.n)
        return self.n
    def __exit__(self, *a):
        self.log.append('exit%d' % self.n)

log = []
with Order(1, log) as a, Order(2, log) as b, Order(3, log) as c:
    log.append('body%d' % (a + b + c))
print(log)

log = []
class Fail(Order):
    def __enter__(self):
        self.log.append('fail enter')
        raise ValueError
try:
    with Order(1, log), Fail(2, log), Order(3, log):
        log.append('body')
except ValueError:
    log.append('caught')
print(log)

class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print(len(args), [a is None for a in args])
with ExitArgs():
    pass

class CMInst:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
# special methods looked up on the type, not the instance
c = CMInst()
c.__exit__ = lambda *a: True
try:
    with c:
        raise ValueError('not suppressed')
except ValueError as e:
    print('type lookup', e)

def gen_ctx():
    print('setup')
    yield 'resource'
    print('teardown')
class FromGen:
    def __init__(self, g):
        self.g = g
    def __enter__(self):
        return next(self.g)
    def __exit__(self, *a):
        try:
            next(self.g)
        except StopIteration:
            pass
with FromGen(gen_ctx()) as r:
    print('using', r)

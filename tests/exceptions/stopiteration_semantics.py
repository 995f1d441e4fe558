it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(it, 'default'))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('payload')
        return self.n
print(list(It()))
for x in It():
    print('for', x)
def gen_stop():
    yield 1
    raise StopIteration
try:
    list(gen_stop())
except RuntimeError as e:
    print('RuntimeError:', e)
def gen_next_empty():
    yield next(iter(()))
try:
    list(gen_next_empty())
except RuntimeError as e:
    print('RuntimeError again', type(e.__cause__).__name__)
print(list(map(lambda x: x, It())))
def consume():
    it = iter([1, 2])
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(consume())
class StopInMap:
    def __call__(self, x):
        if x == 2:
            raise StopIteration
        return x
print(list(map(StopInMap(), [1, 2, 3])))
try:
    raise StopIteration(1, 2)
except StopIteration as e:
    print(e.value, e.args)
print(isinstance(StopIteration(), Exception))

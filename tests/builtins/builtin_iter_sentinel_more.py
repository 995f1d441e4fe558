vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd', 'e'])
print([c for c in iter(r.read, '')])
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, next(it), list(it), list(it))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
print(list(iter([].pop if False else (lambda: None), None)))

def gen():
    yield 1
    return 'ret'
g = gen()
print(next(g), next(g, 'dflt'), next(g, 'dflt2'))
it = iter({})
print(next(it, None), next(iter([None]), 'x'))
class Inf:
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        return self.i
print(next(Inf()), [next(x) for x in [Inf()] * 1])
inf = Inf()
print(next(inf), next(inf), next(inf))
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__)
class Raises:
    def __next__(self):
        raise ValueError('inside next')
try:
    next(Raises(), 'default does not catch ValueError')
except ValueError as e:
    print(type(e).__name__, e)
class Stops:
    def __next__(self):
        raise StopIteration
print(next(Stops(), 'default used'))

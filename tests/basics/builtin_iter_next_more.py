# iter() and next() in their one and two argument forms
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it)
try:
    next([1])
except TypeError:
    print('TypeError')
try:
    iter(5)
except TypeError:
    print('TypeError')
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))
ci = iter(counter, 100)
print(next(ci), iter(ci) is ci, type(ci).__name__)
try:
    iter(5, 5)
except TypeError:
    print('TypeError')
data = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(data), '')))
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Count()), next(Count()), next(iter(Count())))
c = Count()
print(next(c), next(c), next(c), next(c, 'end'))
print(next(iter('xyz')), next(iter({'k': 1})), next(iter(range(5, 9))))

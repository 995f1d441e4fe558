class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print('stop')
print(list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
for a, b in zip(Range2(3), Countdown(3)):
    print(a, b)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__)
class Stateful:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls > 3:
            raise StopIteration('done')
        return self.calls
s = Stateful()
print(list(s), s.calls)
print(list(enumerate(Countdown(3))))
print(dict(zip('ab', Countdown(5))))
print(max(Countdown(7)), min(Range2(4)), sorted(Countdown(3)))
print(tuple(Countdown(0)))
print(' '.join(map(str, Countdown(3))))
it = iter(Countdown(3))
print(it.__class__.__name__)

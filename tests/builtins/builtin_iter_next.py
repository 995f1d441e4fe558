it = iter([1, 2])
print(next(it), next(it), next(it, 'dflt'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
s = iter('ab')
print(type(s).__name__, list(s), iter(s) is s)
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
data = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(data), '')))
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(iter(Seq())), next(iter(Seq())))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), next(di))
print(next(iter(d.values())), next(iter(d.items())))
print(next(iter(range(5, 10))), next(reversed([1, 2, 3])), next(iter({7})))

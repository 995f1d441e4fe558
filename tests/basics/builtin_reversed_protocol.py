# reversed(): __reversed__ first, then the sequence protocol
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NotRev())
except TypeError:
    print('TypeError')
r = reversed((1, 2, 3))
print(type(r).__name__, iter(r) is r, next(r), list(r), list(r))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
print(list(reversed('héllo')), list(reversed(range(0, 10, 3))), list(reversed([])))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError:
        print('TypeError')
l = [1, 2, 3]
rl = reversed(l)
l.pop()
print(list(rl))

print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2.5]), sum(range(101)))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3), sum([1j, 2j]), sum([[1], [2]], []))
print(sum([(1,), (2, 3)], ()), sum([10], start=5), sum(x * 0.5 for x in range(5)))
print(sum([2 ** 64, 2 ** 64]), sum([-1] * 1000), sum([True] * 5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([0.1, 0.2, 0.3]) == 0.6, sum([1, 2], 0.0), type(sum([1, 2], 0.0)).__name__)
print(sum(iter([4, 5])), sum({1: 'a', 2: 'b'}), sum({3, 4}))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
print(sum([Money(1), Money(2)]).c, sum([Money(5)], Money(10)).c)

print(list(), list([1]), list((1, 2)), list('ab'), list(range(2)), list({'k': 0}), list(x for x in 'ab'), list(b'ab'))
print(tuple(), tuple([1]), tuple('xy'), tuple({1: 2}), tuple(range(0)), tuple(iter([3])))
for bad in (1, None, 2.5):
    for ctor in (list, tuple):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__)
a = [1, 2]
b = list(a)
print(a == b, a is b)
t = (1, 2)
print(tuple(t) is t)
class Gen:
    def __iter__(self):
        yield 'g'
print(list(Gen()), tuple(Gen()))

print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({'b': 1, 'a': 2}), sorted({3, 1}), sorted([]), sorted(iter([2, 1])))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted([-2, 1], key=abs, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')]), sorted([[1, 2], [1]]), sorted([True, False, 0, 1]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__)
print(sorted([1, 2], key=None), sorted([2, 1], reverse=0), sorted([1.5, 1, True]))
l = [3, 2, 1]
s = sorted(l)
print(l, s, type(sorted((1,))).__name__)
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']))

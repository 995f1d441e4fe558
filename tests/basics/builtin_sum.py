# sum over iterables, with a start value
print(sum([1, 2, 3]))
print(sum([]), sum([], 5))
print(sum((1, 2), 10))
print(sum(range(1, 11)))
print(sum([0.5, 0.25, 0.125]))
print(sum([1, 2.5]))
print(sum([True, True, False]))
print(sum([2 ** 64, 1, -(2 ** 64)]))
print(sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()))
try:
    sum(['a', 'b'], '')
except TypeError:
    print('TypeError')
try:
    sum([1, 'a'])
except TypeError:
    print('TypeError')

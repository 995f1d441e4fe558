# min, max and sum of lists
a = [4, -2, 9, 0, 7]
print(min(a), max(a), sum(a))
print(sum([]), sum([1.5, 2.5]), sum([1, 2], 10))
print(min([3]), max([3]))
print(max(['apple', 'pear', 'banana']), min(['apple', 'pear', 'banana']))
print(max([1, 2.5, 2]), min([-1, -1.5]))
print(sum(range(101)))
print(max(2 ** 70, 5), min(-(2 ** 70), 5))
print(sum([2 ** 64, 2 ** 64]))
print(max([[1, 2], [1, 3], [0, 9]]))
try:
    min([])
except ValueError:
    print('ValueError')
try:
    max([])
except ValueError:
    print('ValueError')
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')

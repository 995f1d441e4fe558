# min and max with several arguments or one iterable
print(max(1, 2), min(1, 2))
print(max(3, 1, 4, 1, 5, 9, 2, 6), min(3, 1, 4, 1, 5, 9, 2, 6))
print(max([1, 5, 3]), min((4, 2, 8)))
print(max('hello'), min('hello'))
print(max('apple', 'banana'), min('apple', 'banana'))
print(max([1, 2], [1, 3]), min([[2], [1, 9]]))
print(max(range(10)), min(range(5, 10)))
print(max({'a': 1, 'z': 0}), min({3: 'x', 1: 'y'}))
print(max(-1, -1.5), min(0, -0.0), max(2, 2.0))
try:
    max()
except TypeError:
    print('TypeError')
try:
    max(1)
except TypeError:
    print('TypeError')
try:
    min('')
except ValueError:
    print('ValueError')
try:
    max(1, 'a')
except TypeError:
    print('TypeError')

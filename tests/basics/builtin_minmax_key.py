# min and max with key= and default=
words = ['apple', 'fig', 'banana', 'kiwi']
print(max(words, key=len), min(words, key=len), max(*words, key=len))
print(max([], default='none'), min([], default=None), max([3], default=0))
print(max([1, 3, 2], key=None), min(3, 1, 2, key=lambda v: -v))
print(max([(1, 'b'), (1, 'a')]), max([1, 1.0]), max([1.0, 1]))
print(min([[2], [1, 9]]), max('b', 'a', 'c'))
print(max({3: 'a', 7: 'b'}), min(iter([5, 4, 6])))
pairs = [('a', 3), ('b', 1), ('c', 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
try:
    max(1, 2, default=3)
except TypeError:
    print('TypeError')
try:
    max([1], foo=1)
except TypeError:
    print('TypeError')
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    max(())
except ValueError as e:
    print('ValueError', e)
try:
    min(5)
except TypeError:
    print('TypeError')
try:
    max([1, 'a'])
except TypeError:
    print('TypeError')

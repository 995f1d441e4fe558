# tuple() from iterables
print(tuple())
print(tuple([1, 2, 3]))
print(tuple('abc'))
print(tuple(range(4)))
print(tuple((1, 2)))
print(tuple({'x': 1, 'y': 2}))
print(tuple([]))
print(tuple([[1], [2]]))
t = tuple([1, 2])
print(type(t).__name__, len(t))
try:
    tuple(3)
except TypeError:
    print('TypeError')

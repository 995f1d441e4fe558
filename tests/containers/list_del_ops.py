l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::2]
print(l)
del l[10:]
print(l)
del l[::-1]
print(l)
l = list(range(6))
del l[-2:]
del l[:1]
print(l)
try:
    del l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l['x']
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l2 = l
del l
print(l2)
items = ['a', 'b', 'c', 'd']
del items[1], items[1]
print(items)
grid = [[1, 2], [3, 4]]
del grid[0][0]
print(grid)

# tuples as dict keys: coordinates and composite keys
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (3, 3) in grid, len(grid))
pairs = {}
for a, b in [('x', 1), ('y', 2), ('x', 1), ('x', 2)]:
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(pairs)
nested = {((1, 2), 'a'): 'deep'}
print(nested[((1, 2), 'a')])
print(sorted(grid)[:4])
try:
    {([1], 2): 3}
except TypeError:
    print('TypeError')

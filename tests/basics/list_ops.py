# +, *, in, ==, < on lists
a = [1, 2]
b = [3]
print(a + b, b + a, a + [])
print(a * 3, [0] * 5, a * 0, [] * 10)
print(2 * a)
print(1 in a, 3 in a, 3 not in a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1] == [1, 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] < [1, 5])
print([] < [0], [0] > [], [1, 2] <= [1, 2], [1, 3] >= [1, 2, 9])
print([[1, 2], [3]] == [[1, 2], [3]])
print([1, [2, 3]] < [1, [2, 4]])
c = a
c += [9]
print(a, c is a)
d = a
d = d + [10]
print(a, d)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
try:
    [1] + (2,)
except TypeError:
    print('TypeError')
print([1, 2] == (1, 2))

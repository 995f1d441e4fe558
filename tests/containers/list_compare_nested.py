print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [3]], [1, [2, [3]]] == [1, [2, [3]]])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1, 'a'] == [1, 'a'])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] < [2, 1], [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], (n,) == (n,), n in [n])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), deep[1][1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix], sum(matrix, []))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'b'), (2, 'a'), (3, '')]))
print(sorted([[3, 'c'], [1, 'z'], [1, 'a']]))
t = ([1, 2], 'x')
t[0].append(3)
print(t)
d = {'k': [1, {'inner': (2, 3)}]}
print(d['k'][1]['inner'][1], d)

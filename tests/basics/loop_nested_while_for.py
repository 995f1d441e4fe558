# while and for loops mixed, with else clauses
n = 0
while n < 3:
    for i in range(n):
        print('n', n, 'i', i)
    else:
        print('for done', n)
    n += 1
else:
    print('while done')
grid = [[1, 2, 3], [4, 5, 6]]
r = 0
while r < len(grid):
    for v in grid[r]:
        if v == 5:
            print('five at row', r)
            break
    else:
        print('no five in row', r)
    r += 1

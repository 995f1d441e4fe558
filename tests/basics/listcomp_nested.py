# comprehensions inside comprehensions
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[row[i] for row in grid] for i in range(3)])
print([sum(row) for row in grid])
print([[x for x in row if x % 2] for row in grid])
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(row)
words = ['ab', 'cde']
print([[c for c in w] for w in words])

# Conway's game of life on a small torus
W, H = 10, 8
grid = [[0] * W for _ in range(H)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1


def step(g):
    new = [[0] * W for _ in range(H)]
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % H][(c + dc) % W]
            if g[r][c] and n in (2, 3):
                new[r][c] = 1
            elif not g[r][c] and n == 3:
                new[r][c] = 1
    return new


def show(g):
    for row in g:
        print(''.join(['#' if v else '.' for v in row]))


show(grid)
for gen in range(8):
    grid = step(grid)
print('after 8 generations')
show(grid)
print(sum([sum(row) for row in grid]))

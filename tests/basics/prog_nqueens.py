# counting n-queens solutions with backtracking
def solve(n):
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    count = [0]
    first = []

    def place(r, path):
        if r == n:
            count[0] += 1
            if not first:
                first.extend(path)
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                path.append(c)
                place(r + 1, path)
                path.pop()
                cols[c] = d1[r + c] = d2[r - c + n] = False
    place(0, [])
    return count[0], first


for n in range(1, 8):
    print(n, solve(n))

# towers of Hanoi
moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)


hanoi(3, 'A', 'C', 'B')
for m in moves:
    print('move disk', m[0], 'from', m[1], 'to', m[2])
moves = []
hanoi(12, 'A', 'C', 'B')
print(len(moves), moves[0], moves[-1])

# Collatz sequence lengths
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


for n in [1, 2, 3, 6, 7, 9, 27, 97]:
    print(n, collatz_len(n))
best = 1
best_len = 0
for n in range(1, 3000):
    length = collatz_len(n)
    if length > best_len:
        best, best_len = n, length
print('longest below 3000:', best, best_len)

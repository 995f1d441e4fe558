# comparisons mixing small and big ints
big = 2 ** 80
print(big == big, big != big + 1)
print(big > 1, big < 1, -big < -1)
print(big > 2 ** 79, big >= 2 ** 80, big <= 2 ** 80 - 1)
print(2 ** 64 > 2 ** 64 - 1)
print(-(2 ** 64) < -(2 ** 64) + 1)
print(10 ** 20 == 100000000000000000000)
print(1 == 2 ** 0, 2 ** 100 - 2 ** 100 == 0)
vals = [2 ** 65, -(2 ** 65), 0, 5, -5, 2 ** 64, 10 ** 19]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 100 in [1, 2, 2 ** 100])

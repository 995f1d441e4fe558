# ^ and ~ on ints, including negatives
print(12 ^ 10)
print(255 ^ 15)
print(-1 ^ 255)
print(-6 ^ 3)
print(-6 ^ -3)
print(~5, ~-6)
print(~0xFF)
x = 0x5A5A
print(x ^ x, x ^ 0)
print(x ^ 0xFFFF)
for a in (-3, -2, -1, 0, 1, 2, 3):
    print(a, ~a, a ^ -1, a ^ 1)

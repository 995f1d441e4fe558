# floor division rounds toward negative infinity
print(7 // 2)
print(-7 // 2)
print(7 // -2)
print(-7 // -2)
print(0 // 5)
print(6 // 3, -6 // 3, 6 // -3)
print(1 // 7, -1 // 7)
print(100 // 1, 100 // -1)
for a in (-9, -8, -1, 0, 1, 8, 9):
    print(a, a // 4, a // -4)
print(10 ** 20 // 7)
print(-(10 ** 20) // 7)
print(2 ** 64 // 2 ** 32)

# & and | on small and negative ints
print(12 & 10, 12 | 10)
print(0xF0 & 0x3C, 0xF0 | 0x3C)
print(-1 & 255)
print(-256 & 0xFFFF)
print(-6 & -3)
print(-6 | 3)
print(-6 | -3)
print(5 & 0, 5 | 0)
print(0x7FFFFFFF & 0x12345678)
print(0xFFFFFFFF | 0x100000000)
for a in (-5, -1, 0, 1, 5):
    print(a, a & 3, a | 3, a & -4, a | -4)

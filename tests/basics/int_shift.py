# << and >> on ints
print(1 << 0, 1 << 1, 1 << 10)
print(1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(3 << 100)
print(1024 >> 3)
print(1 >> 1, 0 >> 5)
print(-1 >> 1, -1 >> 100)
print(-8 >> 1, -9 >> 1, -9 >> 2)
print(-1 << 10)
print(-3 << 40)
print(2 ** 100 >> 90)
print(255 >> 100)
for n in range(0, 70, 9):
    print(n, (1 << n) >> n, 12345 << n >> n)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__)

x = 3 ** 5000
s = str(x)
print(len(s), s[:25], s[-25:])
print(x % (10 ** 9 + 7), x.bit_length(), x.bit_count())
y = 7 ** 2000
print(str(y * y)[:20], (y * y) == 7 ** 4000)
print(x // y % 1000, (x % y) % 1000)
print((2 ** 4096 - 1) % 255, (2 ** 4096) // (2 ** 4000))
f = 1
for i in range(1, 501):
    f *= i
print(str(f)[:30], len(str(f)), str(f).rstrip('0')[-10:])
print(len(str(f)) - len(str(f).rstrip('0')))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(10 ** 200)
print(r == 10 ** 100, isqrt(2 * 10 ** 100) // 10 ** 40)
print(pow(3, 10 ** 5, 10 ** 10))
print(sum(int(c) for c in str(2 ** 3000)))
print((-3) ** 2001 % 1000, ((-3) ** 2001) // 3 ** 2000)

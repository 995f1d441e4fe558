a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(-b, 10 ** 20))
print(a * 0, a * -1, -(-a))
print(abs(-a) == a, a > b, a < b * b)
print(a == 2 ** 200, a != a + 1)
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // (x // 1000))
print(10 ** 50 + 1 - 10 ** 50)
print((10 ** 30 + 7) * (10 ** 30 - 7))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(int('9' * 60) + 1)
print(-(10 ** 40) // 3, (-(10 ** 40)) % 3)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, 2 ** 32 * 2 ** 32)
print((2 ** 100) / (2 ** 98), 2 ** 100 / 3)
print(7 ** 77 % 1000, (7 ** 77) // 7 ** 76)

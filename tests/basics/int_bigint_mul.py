# big int multiplication
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b)
print(-a * -b)
print(a * 0)
print(a * 1)
print((2 ** 64 - 1) * (2 ** 64 - 1))
print(2 ** 100 * 2 ** 100 == 2 ** 200)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(3 ** 100)
x = 1
for i in range(30):
    x = x * 1000003
print(x)
print(x * x)
print(7 * 2 ** 70)
print(2 ** 70 * 7)

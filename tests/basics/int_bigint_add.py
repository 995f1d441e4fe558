# big int addition and subtraction with carries and borrows
a = 2 ** 100
b = 2 ** 64 - 1
print(a)
print(a + b)
print(a - b)
print(b - a)
print(a + a + a)
print(a - a)
print((2 ** 128 - 1) + 1)
print(2 ** 128 - (2 ** 128 - 1))
print(-(2 ** 90) + 2 ** 90)
print(-(2 ** 90) - 2 ** 90)
print(10 ** 40 + 1)
print(10 ** 40 - 1)
print(-(10 ** 40) + 1)
n = 0
for i in range(50):
    n = n + 10 ** i
print(n)
print(99999999999999999999999999 + 1)
print(-99999999999999999999999999 - 1)

# basic float arithmetic
print(1.5 + 2.25)
print(0.1 + 0.2)
print(1.0 - 0.9)
print(3.0 * 1.5)
print(7.0 / 2.0)
print(1.0 / 3.0)
print(2.0 / 3.0)
print(10.0 / 4)
print(-2.5 * 4)
print(0.1 * 3)
print(1e10 + 1)
print(1e16 + 1)
print(2.0 ** 10)
print(2.0 ** -2)
print(4 ** 0.5)
print((-8.0) ** 3)
x = 1.0
for i in range(10):
    x = x * 1.5
print(x)
y = 0.0
for i in range(10):
    y += 0.1
print(y)
print(100.0 - 99.99)

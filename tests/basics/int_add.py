# int addition and subtraction, small and around machine-word limits
print(1 + 2)
print(-5 + 3)
print(0 + 0)
print(100 - 250)
print(-7 - -7)
a = 123456
b = 654321
print(a + b, a - b, b - a)
print(2147483647 + 1)
print(-2147483648 - 1)
print(4294967295 + 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(1073741823 + 1)
print(-1073741824 - 1)
x = 0
for i in range(10):
    x = x + i
print(x)
y = 1000
for i in range(10):
    y = y - i * i
print(y)
print(+5, -(-5), -0)

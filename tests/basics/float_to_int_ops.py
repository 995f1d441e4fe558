# float operations with integral results, and int() back
a = 7.0
print(a, int(a), a == 7)
print(int(1e15), int(-1e15))
print(int(2.5 * 4))
print(float(int(3.7)))
print(int(99.99999))
print(int(-0.0))
print(10 / 2 == 5, type(10 / 2).__name__)
n = 0
f = 0.0
for i in range(1, 11):
    n += i
    f += i
print(n, f, n == f)
print(float(10 ** 15), float(10 ** 16))

# the ** operator on ints
print(2 ** 10)
print(3 ** 0)
print(0 ** 0)
print(0 ** 5)
print((-2) ** 3)
print((-2) ** 4)
print(-2 ** 4)
print(2 ** 3 ** 2)
print(10 ** 18)
print(2 ** 62, 2 ** 63, 2 ** 64)
print(7 ** 23)
print(2 ** -1)
print(4 ** -2)
print(1 ** 1000)
print((-1) ** 1001)
x = 5
x **= 3
print(x)

# mixing ints and floats gives floats
print(1 + 2.0)
print(3 * 1.5)
print(10 - 0.5)
print(7 / 7)
print(10 // 3.0)
print(10 % 3.0)
print(2 ** 0.5 * 2 ** 0.5 > 1.99)
print(2 ** -1)
print(type(1 + 1.0).__name__)
print(2 ** 100 + 1.0)
print(1.0 * 2 ** 64)
print(float(2 ** 100))
print(float(-(2 ** 70)))
print(float(7), float(-3))
print(0.5 + True)
x = 5
x += 0.5
print(x)
x *= 2
print(x)
x -= 1
print(x)

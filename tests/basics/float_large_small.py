# printing very large and very small floats, and where exponent notation starts
x = 1.0
for i in range(20):
    print(x)
    x *= 10
x = 1.0
for i in range(10):
    print(x)
    x /= 10
print(1e16, 9999999999999998.0, 1e15 + 0.5)
print(0.0001, 0.00001)
print(1.5e300 * 1.5e300)
print(1e-300 * 1e-300)
print(2.0 ** 1000)
print(2.0 ** -1000)
try:
    print(float(10 ** 400))
except OverflowError:
    print('OverflowError')

# int() of floats truncates toward zero; big floats give exact big ints
print(int(3.9))
print(int(-3.9))
print(int(0.5), int(-0.5))
print(int(1e10))
print(int(-2.5))
print(int(1e20))
print(int(1e30))
print(int(2.0 ** 80))
print(int(123456789.987))
print(int(True), int(False))
print(int(7))
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError')

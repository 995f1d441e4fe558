# abs, divmod, pow
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 20)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(10, 0))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(5, 2, -7))
print(pow(0, 0), pow(1, 10 ** 6))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
try:
    abs('x')
except TypeError:
    print('TypeError')
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    pow(0, -1)
except ZeroDivisionError:
    print('ZeroDivisionError')

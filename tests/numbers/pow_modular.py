print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1, 7), pow(3, -1, 11), pow(10, -2, 17))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, 0, 1), pow(0, 0, 7), pow(5, 0))
print(pow(123456789, 987654321, 10 ** 20 + 39))
print(pow(2 ** 100, 2 ** 50, 2 ** 61 - 1))
print(pow(38, -1, 97) * 38 % 97)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 5), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(pow(2, -3), type(pow(2, -3)).__name__)
print((-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, 0.0 ** 0, 1 ** -5, (-1) ** 101, (-1) ** 100)
print(pow(-3, 3), (-3) ** 2, -3 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(4, 0.5), 4 ** 0.5, 8 ** (1 / 3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(10, 30, 7), 10 ** 30 % 7)
print(pow(-7, -1, 10))
print(type((-4) ** 0.5).__name__)
print(pow(True, 2), pow(2, True))

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0), round(v, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7)).__name__, type(round(7, 2)).__name__)
for n in [0, 5, 15, 25, 35, 45, 55, 123456, -25, -35, 10 ** 20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 3))
print(round(1234.5678, -2), round(-1234.5678, -2), round(5e-324, 400))
print(round(1.23456789, 8), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(2 ** 70 + 0.5 if False else 2 ** 70, -20))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__)
print(round(True), round(False, 2), round(-0.0), round(-0.4))
print(round(1e300, -300), round(1.5, None))

# division by zero with floats raises
for a, b in ((1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (-1.0, -0.0)):
    try:
        print(a / b)
    except ZeroDivisionError:
        print('ZeroDivisionError /', a, b)
    try:
        print(a // b)
    except ZeroDivisionError:
        print('ZeroDivisionError //', a, b)
    try:
        print(a % b)
    except ZeroDivisionError:
        print('ZeroDivisionError %', a, b)
try:
    print(0.0 ** -1)
except ZeroDivisionError:
    print('ZeroDivisionError **')

# ZeroDivisionError from every division operator
ops = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(5, 0),
    lambda: 2 ** 100 // 0,
    lambda: 2 ** 100 % 0,
    lambda: 1.0 / 0,
    lambda: 0 ** -1,
    lambda: 0.0 ** -2,
]
for op in ops:
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ArithmeticError as e:
    print('ArithmeticError', type(e).__name__)
x = 0
try:
    x = 10 / x
except ZeroDivisionError:
    print('x unchanged', x)

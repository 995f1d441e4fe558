for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -3)
print((2 ** 100) // (2 ** 99 + 1), (2 ** 100) % (2 ** 99 + 1))
for a, b in [(1, 0), (0, 0), (10 ** 30, 0)]:
    for op in ('//', '%', '/'):
        try:
            eval('a ' + op + ' b')
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 7.0 // -2, 7.0 % -2)
print(1 / 3, 2 / 3, 10 / 5, type(10 / 5).__name__)
print(10 ** 20 / 10 ** 10, 3 / 10 ** 20)
print(True // 1, False % 3, 5 // True)

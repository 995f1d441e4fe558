# big int floor division and modulo, all sign combinations
a = 10 ** 40 + 12345
b = 10 ** 15 + 7
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a // 3, a % 3)
print(a // -3, a % -3)
print(2 ** 200 // 2 ** 100 == 2 ** 100)
print((2 ** 200 + 1) % 2 ** 100)
print(10 ** 50 // 10 ** 49)
print(divmod(3 ** 80, 7 ** 20))
q, r = divmod(-(3 ** 80), 7 ** 20)
print(q, r, q * 7 ** 20 + r == -(3 ** 80))
try:
    print(a // 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    print(a % 0)
except ZeroDivisionError:
    print('ZeroDivisionError')

for a in (7.5, -7.5, 0.0, 1e-10, 1e300):
    for b in (2.0, -2.0, 0.3, -0.3):
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r)
print(divmod(1, 0.5), divmod(-1, 0.5), divmod(5, 2.5))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-0.0 % 1.0, 0.0 % -1.0, -1e-20 % 1.0, 1e-20 % -1.0)
print(divmod(2 ** 60, 0.1) == (2 ** 60 // 0.1, 2 ** 60 % 0.1))

inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, inf / inf)
print(float('INF'), float('-iNf'), float('NaN'), float('+inf'), float('infinity'))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 1023 * 2 == inf)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, 0.0 - 0.0)
print(1 / 3 * 3 == 1.0, 0.1 * 3 == 0.3)
try:
    (0.0).as_integer_ratio() and inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__)
print(inf % 2 if False else 5.0 % inf, -5.0 % inf)
try:
    inf % 2
    print('inf % 2 =', inf % 2)
except Exception as e:
    print(type(e).__name__)
print(divmod(5.0, inf))
print(round(inf, 1), abs(-inf), -nan != -nan)
print(float(10 ** 308), 10 ** 308 < inf)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) > 1e308)

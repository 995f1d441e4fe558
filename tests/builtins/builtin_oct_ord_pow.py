print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 0.5), pow(1j, 2), pow(2, 100, 1000003))
print(pow(base=2, exp=5), pow(3, 4, mod=5), pow(7, -1, 40), pow(-1, 0.5) == pow(-1, 0.5))
for args in [(2, 3, 0), (2, -1, 4), (2.5, 2, 3), (2, 2.5, 3), ('2', 2), (2,), (1, 2, 3, 4)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(4, 0.5)).__name__)

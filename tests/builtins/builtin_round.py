print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(3.14159, 0), round(1234, -2))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(0.285, 2), round(-2.5), round(5, 1), round(15, -1), round(25, -1))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__, round(10 ** 20 + 5, -1))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3), round(R(), None))
for args in [('1.5',), (1.5, 'x'), (None,), (1.5, 1.5), ([],)]:
    try:
        round(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(1e300, 2), round(-0.0), round(0.1 + 0.2, 10), round(123.456, -1), round(-123.456, -2))

# round(): ints, floats with and without ndigits, ties to even, __round__
print(round(2.5), round(3.5), round(-2.5), round(-3.5), round(0.5), round(-0.5))
print(round(2.4999), round(-0.4), round(1e16), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1.5, 0), round(2.5, 0))
print(round(123.456, -1), round(125.0, -1), round(135.0, -1), round(-4.0, -1))
print(round(1234.5, -1), round(1250.0, -2), round(1350.0, -2), round(49.0, -2), round(50.0, -2))
print(round(0.0, 3), round(-0.0, 1), round(1e-300, 5), round(1.5, 400), round(1.5, -400))
print(round(float('inf'), 2), round(float('nan'), 1), round(-float('inf'), -1))
print(round(15, -1), round(25, -1), round(-25, -1), round(-35, -1), round(12345, -2))
print(round(10**20 + 5 * 10**9, -10), round(2**70, -5))
print(round(True), round(False, 3), round(5, None), round(2.5, None))
print(round(12.5, ndigits=-1), round(number=2.5))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3))
for bad in ('1', [1]):
    try:
        round(bad)
    except TypeError:
        print('TypeError')
try:
    round(1.5, 'x')
except TypeError:
    print('TypeError')
try:
    round(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    round(float('nan'))
except ValueError:
    print('ValueError')

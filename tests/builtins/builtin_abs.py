print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(-(10 ** 30)), abs(True), abs(False))
print(abs(float('-inf')), abs(float('nan')) != abs(float('nan')), abs(-1e-300), type(abs(-1)).__name__, type(abs(1j)).__name__)
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
for bad in ('x', None, [1], {}):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(abs(-2 ** 63), abs(-(2 ** 64)), abs(1 - 1j), abs(-0))

for v in [0, -0, 0.0, -0.0, -1, 1, -1.5, 2 ** 100, -(2 ** 100), True, False, 3 - 4j, -0j, float('-inf')]:
    r = abs(v)
    print(repr(v), repr(r), type(r).__name__)
class Neg:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
print(-Neg(), +Neg(), ~Neg())
try:
    abs(Neg())
except TypeError as e:
    print(type(e).__name__, e)

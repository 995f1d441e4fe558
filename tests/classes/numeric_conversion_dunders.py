class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return 'round(%r)' % (n,)
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
n = Num(3.7)
print(int(n), float(n), complex(n))
print(round(n), round(n, 2))
print([0, 1, 2, 3, 4][Num(2)], 'abcdef'[Num(1):Num(4)])
print(bin(Num(5)), hex(Num(255)), oct(Num(8)))
print(range(Num(3)), list(range(Num(4))))
print('%d' % Num(7), '%x' % Num(255))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), [1] * OnlyIndex())
try:
    float(OnlyIndex())
    print('float via index ok')
except TypeError as e:
    print(type(e).__name__)
class OnlyInt:
    def __int__(self):
        return 9
print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print(type(e).__name__)
class BadInt:
    def __int__(self):
        return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__)
class Nothing:
    pass
for conv in (int, float, complex):
    try:
        conv(Nothing())
    except TypeError as e:
        print(conv.__name__, type(e).__name__)
print(abs(-Num(2).v), hash(Num) == hash(Num))

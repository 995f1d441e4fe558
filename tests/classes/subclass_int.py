class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), m.double(), m + 1, type(m + 1).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21))
print({21: 'found'}[m])
print(MyInt('ff', 16), MyInt(3.9), MyInt())
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(5))
try:
    Pos(-1)
except ValueError as e:
    print(e)
class Add(int):
    def __add__(self, o):
        return 'custom add'
print(Add(1) + 2, 2 + Add(1))
print([10, 20, 30][MyInt(1)])
print(bin(MyInt(5)), hex(MyInt(255)), format(MyInt(42), '05d'))
class Flag(int):
    pass
f = Flag(7)
f.label = 'labeled'
print(f.label, f & 3, type(f & 3).__name__)
print(True.__class__.__name__, isinstance(True, int))
print(sorted([MyInt(3), 1, MyInt(2)]))
print(str(m), '%d' % m, f'{m}', int(m) is not m)
class Zero(int):
    def __bool__(self):
        return True
print(bool(Zero(0)))

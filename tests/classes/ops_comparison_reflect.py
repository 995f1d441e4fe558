class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('B.__eq__')
        return self.v == o.v
    def __gt__(self, o):
        print('B.__gt__')
        return self.v > o.v
print(A(1) == B(1))
print(A(1) < B(0))
print(A(1) != B(2))
class Sub(B):
    def __eq__(self, o):
        print('Sub.__eq__ (reflected first)')
        return True
print(B(1) == Sub(2))
print(A(1) == A(1))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return 'le'
    def __ge__(self, o):
        return 'ge'
print(Cmp(1) <= 5, 5 <= Cmp(1), Cmp(1) >= 5, 5 >= Cmp(1))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)

# a op= b without an in-place method falls back to a op b, and there too a right operand whose
# class derives from the left's and overrides the reflected method goes first.
class A:
    def __add__(self, o):
        return "A.add"

    def __sub__(self, o):
        return "A.sub"

    def __mul__(self, o):
        return NotImplemented


class B(A):
    def __radd__(self, o):
        return "B.radd"

    def __rsub__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return "B.rmul"


a = A()
a += B()
print(a)
a = A()
a -= B()
print(a)
a = A()
a *= B()
print(a)
a = A()
a += A()
print(a)


class C(int):
    def __radd__(self, o):
        return "C.radd"


x = 1
x += C(2)
print(x)
x = C(1)
x += 2
print(x, type(x).__name__)

try:
    a = A()
    a /= B()
except TypeError as e:
    print("TypeError", e)

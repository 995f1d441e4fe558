# assigning a class's __name__ renames it everywhere the name shows
class A:
    pass
A.__name__ = "B"
print(A.__name__, A.__qualname__, A, repr(A()).split(" object")[0])
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del A.__name__
except TypeError as e:
    print("TypeError", e)
def f(x: A): pass
print(A.__name__, type(A()).__name__)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError", e)

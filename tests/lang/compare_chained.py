x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2))
print(calls)
print(1 < 2 == 2 < 3)
print('a' < 'b' <= 'b' < 'c')
a = [1]
b = a
print(a is b is not None)
print(2 in [1, 2] in [[1, 2]])
print(0 <= 0.0 < 1e-300)
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print(type(e).__name__)
calls.clear()
try:
    v(5) < v('x') < v(7)
except TypeError:
    print('TypeError', calls)
print((1 < 2) < 3, 1 < (2 < 3))
print(not 1 < 2 < 3)
print([i for i in range(10) if 2 < i <= 5])

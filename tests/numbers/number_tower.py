vals = [0, True, 1.5, 2j, 10 ** 30]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, float), isinstance(v, complex))
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + 1).__name__)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__, type((-1) ** 0.5).__name__)
print(type(10 // 3).__name__, type(10.0 // 3).__name__, type(divmod(10, 3.0)[0]).__name__)
print(type(abs(-2)).__name__, type(abs(3j)).__name__, type(round(2.5)).__name__)
print(int.__mro__[0].__name__, [c.__name__ for c in bool.__mro__])
print(1 + 2.0 + 3j, 1 * 2.0, 3 - True, 1j * True)
print(sum([1, 2.0, 3j]), sum([True, True]), sum([], 0.0), sum([1.5], 10))
print(max(1, 2.5, True), min(3, 2.0), max(-1, -1.0))
print(float(1) == int(1.0), complex(1) == 1)
print(isinstance(1, (float, complex)), isinstance(1.0, (int, float)))

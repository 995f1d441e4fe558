# in and not in on every container
print(2 in [1, 2, 3], 5 in [1, 2, 3])
print(2 in (1, 2), 'b' in ('a',))
print('ab' in 'cabd', 'x' not in 'abc')
print('k' in {'k': 1}, 1 in {'k': 1}, 1 in {'k': 1}.values())
print(3 in range(5), 5 in range(5), -1 in range(-3, 0))
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(None in [None], 1.0 in [1], True in [1])


class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v


print(C(1) in [C(0), C(1)], C(2) in [C(0), C(1)])
try:
    1 in 5
except TypeError:
    print('TypeError')

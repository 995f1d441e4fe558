# subset and superset comparisons
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < b, b <= b, b > b, b >= b, b == b)
print(a < frozenset(b), frozenset(a) <= b, frozenset(b) > a)
print({1, 2} == {2, 1}, {1} == {1.0}, set() == frozenset())
print({1, 4} < b, {1, 4} > b, {1, 4} == b)
try:
    a < [1, 2, 3]
except TypeError:
    print('TypeError')
print(a == [1, 2], a != (1, 2))
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
print(max([{1}, {1, 2}], key=len))

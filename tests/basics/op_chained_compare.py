# chained comparisons evaluate each operand once
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x > 1)
print(1 < 2 < 3 < 4, 1 < 2 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 3 > 2)
print(0 <= x <= 5, 0 <= x < 5)
print('a' < 'b' < 'c', [1] < [2] <= [2])


def v(n):
    print('eval', n)
    return n


print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) is not None)
a = [1, 2]
print(1 in a in [a], 3 not in a is not None)

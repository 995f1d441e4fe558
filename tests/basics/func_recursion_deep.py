# moderately deep recursion works (well below any limit)
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


print(sum_to(500))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(2, 10), ackermann(3, 3))


def build(n):
    if n == 0:
        return []
    return [build(n - 1)]


x = build(100)
d = 0
while x:
    x = x[0]
    d += 1
print(d)

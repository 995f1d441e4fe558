# matrix multiplication and transpose with nested lists
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]


def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(matmul(a, identity(3)) == a)
f = [[1, 1], [1, 0]]
r = identity(2)
for i in range(30):
    r = matmul(r, f)
print(r)
print(matmul([[0.5, 0.25]], [[2.0], [4.0]]))

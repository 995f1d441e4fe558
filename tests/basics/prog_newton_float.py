# Newton iteration and other float loops
def sqrt(x):
    if x == 0:
        return 0.0
    g = x
    for i in range(60):
        g = (g + x / g) / 2
    return g


for v in [1, 2, 4, 9, 10, 0.25, 1e10, 12345.678]:
    r = sqrt(v)
    print(v, r, abs(r * r - v) <= 1e-9 * v)
h = 0.0
for i in range(1, 101):
    h += 1 / i
print(h)
celsius = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in celsius])
pi = 0.0
for k in range(1000):
    pi += (-1) ** k * 4 / (2 * k + 1)
print(pi)

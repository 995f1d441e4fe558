# Fibonacci numbers far beyond 64 bits
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 50 == 49:
        print(i + 1, a)
print(len(str(a)))


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2:
        return d, c + d
    return c, d


print(fib_pair(300)[0] == a)
print(fib_pair(1000)[0] % 1000000007)
print(str(fib_pair(2000)[0])[:30])

# prime factorization by trial division
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39]:
    f = factorize(n)
    p = 1
    for x in f:
        p *= x
    print(n, f, p == n)

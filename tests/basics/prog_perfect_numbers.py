# perfect numbers, amicable pairs, divisor sums
def divisor_sum(n):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s if n > 1 else 0


print([n for n in range(2, 10000) if divisor_sum(n) == n])
pairs = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        pairs.append((a, b))
print(pairs)
print([divisor_sum(n) for n in range(1, 21)])

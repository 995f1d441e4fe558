def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
print(gcd(12, 18), gcd(-12, 18), gcd(0, 5), gcd(0, 0), gcd(2 ** 100, 2 ** 60 * 3))
print(lcm(4, 6), lcm(21, 6), lcm(0, 3), lcm(2 ** 40, 3 ** 20))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
inv = egcd(17, 3120)[1] % 3120
print(inv, pow(17, -1, 3120))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(gcd(fib(300), fib(299)), gcd(fib(300), fib(150)) == fib(150))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(200)
print(len(ps), ps[-5:])
def is_prime(n):
    if n < 2:
        return False
    for p in ps[:10]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in ps[:12]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(10 ** 18 + 9))

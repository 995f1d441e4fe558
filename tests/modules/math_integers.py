# math: the exact integer functions (isqrt, factorial, comb, perm, gcd, lcm) on small and big
# ints, and floor/ceil/trunc, which return ints.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

print([math.isqrt(n) for n in range(0, 30)])
print(math.isqrt(2 ** 62), math.isqrt(2 ** 62 - 1), math.isqrt(2 ** 64), math.isqrt(10 ** 40))
print(math.isqrt(10 ** 100), math.isqrt(3 ** 401), math.isqrt(True), math.isqrt(2 ** 127 - 1))
for n in [10 ** 50 - 1, 10 ** 50, 10 ** 50 + 1, 2 ** 200 - 1, 2 ** 200, 7 ** 333, 12345 ** 67]:
    s = math.isqrt(n)
    print(s * s <= n < (s + 1) * (s + 1), end=' ')
print()
for n in [4503599761588224, 2 ** 52 + 1, (2 ** 31 - 1) ** 2, (2 ** 31) ** 2 - 1, 2 ** 61 + 5]:
    s = math.isqrt(n)
    print(s, s * s <= n < (s + 1) * (s + 1))

print([math.factorial(n) for n in range(0, 22)])
print(math.factorial(50), math.factorial(True))
f = math.factorial(1000)
print(len(str(f)), f % (10 ** 20 + 39), str(f)[:40])
print(math.factorial(300) == math.prod(range(1, 301)))

print([math.comb(10, k) for k in range(0, 12)])
print(math.comb(100, 50), math.comb(0, 0), math.comb(5, 7), math.comb(10 ** 20, 3))
print(math.comb(2 ** 70, 2), math.comb(300, 150) == math.factorial(300) // math.factorial(150) ** 2)
print([math.perm(6, k) for k in range(0, 8)], math.perm(5), math.perm(5, None), math.perm(0))
print(math.perm(10 ** 20, 3), math.perm(30, 30) == math.factorial(30), math.perm(3, 10))

print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 15 + 1))
print(math.gcd(3 ** 100 * 2, 3 ** 90 * 5), math.gcd(True, 4), math.gcd(0, -2 ** 70))
print(math.lcm(), math.lcm(4), math.lcm(-5), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5))
print(math.lcm(4, 6, 10), math.lcm(2 ** 40, 3 ** 30), math.lcm(5, 0, 7), math.lcm(*range(1, 21)))

print(math.floor(2.5), math.floor(-2.5), math.floor(-0.0), math.floor(7), math.floor(True))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(2.0), math.ceil(-7), math.ceil(1e20))
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(5), math.trunc(False), math.trunc(-1e20))
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(2 ** 100))
print(math.floor(1e300) == int(1e300), math.ceil(2.0 ** 80), math.floor(-1.5e-300))
print(type(math.floor(2.5)).__name__, type(math.ceil(1.0)).__name__, type(math.trunc(1.5)).__name__)

for expr in ['math.isqrt(-1)', 'math.isqrt(2.0)', 'math.isqrt("4")', 'math.factorial(-1)',
             'math.factorial(2.0)', 'math.factorial(10 ** 20)', 'math.factorial("5")',
             'math.comb(-1, 2)', 'math.comb(2, -1)', 'math.comb(-1, -1)', 'math.comb(5.0, 2)',
             'math.comb(5, None)', 'math.comb(10 ** 30, 10 ** 25)', 'math.perm(2, -1)',
             'math.perm(-2, 1)', 'math.perm(-1)', 'math.perm(5, 2.0)', 'math.perm(10 ** 30, 10 ** 25)',
             'math.perm(10 ** 30)', 'math.gcd(2.0)', 'math.gcd(4, "2")', 'math.lcm(2.5)',
             'math.lcm(4, None)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

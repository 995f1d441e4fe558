# bench/bigint_fact.py: big int multiplication, division and conversion to decimal.
# Numbers stay below 4300 decimal digits, CPython's default limit for int to str conversion.
def fact(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


check = 0
for rep in range(200):
    f = fact(1000 + rep)
    s = str(f)
    digits = 0
    for c in s:
        digits += ord(c) - 48
    q = f
    zeros = 0
    while q % 10 == 0:
        q //= 10
        zeros += 1
    check += len(s) + digits + zeros + int(s[:30]) % 1000003
a, b = 0, 1
for i in range(15000):
    a, b = b, a + b
print(check, a % 1000000007, len(str(a)))

# gcd and lcm by the Euclidean algorithm
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(48, 18), gcd(17, 13), gcd(0, 5), gcd(5, 0), gcd(-12, 18))
print(lcm(4, 6), lcm(21, 6))
m = 1
for i in range(1, 31):
    m = lcm(m, i)
print(m)
print(gcd(2 ** 100, 6 ** 50), gcd(3 ** 60 * 7, 3 ** 40 * 11))
fa = 1
for i in range(1, 41):
    fa *= i
print(gcd(fa, 2 ** 64 - 1))

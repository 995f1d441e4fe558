# recursive functions
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(fact(10), fact(25))
print([fib(i) for i in range(15)])
print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
print(power(3, 13), power(2, 100))
print(is_even(10), is_odd(7), is_even(7))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(200))

# digit sums and digit manipulation with big ints
n = 2 ** 1000
s = 0
for c in str(n):
    s += int(c)
print(s)
f = 1
for i in range(1, 101):
    f *= i
print(sum([int(c) for c in str(f)]))
trailing = 0
while f % 10 == 0:
    f //= 10
    trailing += 1
print(trailing)


def reverse_num(x):
    r = 0
    while x:
        r = r * 10 + x % 10
        x //= 10
    return r


print(reverse_num(123456789), reverse_num(10 ** 30 + 7))
x = 89
steps = 0
while x != reverse_num(x) and steps < 100:
    x += reverse_num(x)
    steps += 1
print(x, steps)

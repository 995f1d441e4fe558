# factorials grow past any machine word
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


for n in (0, 1, 5, 10, 15, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 // fact(98))
print(f100 % 1000007)
digits = 0
for c in str(f100):
    digits += int(c)
print(digits)

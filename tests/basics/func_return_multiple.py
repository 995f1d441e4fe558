# returning tuples and unpacking the result
def minmax(items):
    lo = items[0]
    hi = items[0]
    for v in items:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


print(minmax([3, 9, -2, 7]))
lo, hi = minmax([5])
print(lo, hi)


def divide(a, b):
    return a // b, a % b


q, r = divide(17, 5)
print(q, r)


def stats(nums):
    n = len(nums)
    s = sum(nums)
    return n, s, s / n


print(stats([1, 2, 3, 4]))
n, s, mean = stats([10, 20])
print(n, s, mean)


def nested():
    return (1, (2, 3)), [4]


(a, (b, c)), [d] = nested()
print(a, b, c, d)

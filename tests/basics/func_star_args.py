# *args collects extra positional arguments into a tuple
def f(*args):
    return args


print(f())
print(f(1))
print(f(1, 'a', None))


def g(first, *rest):
    print(first, rest, len(rest))


g(1)
g(1, 2, 3)


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(1, 2, 3, 4))


def h(a, b=10, *args):
    print(a, b, args)


h(1)
h(1, 2)
h(1, 2, 3, 4)
nums = [5, 6, 7]
print(total(*nums))
print(total(*nums, *(1, 1)))
print(f(*'ab', 0))

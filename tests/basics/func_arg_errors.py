# wrong argument counts raise TypeError
def f(a, b):
    return a + b


def g(a, b=1):
    return a + b


def h(*args):
    return len(args)


calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: h(x=1),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(1, 2),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(type(e).__name__)
print(f(1, 2), g(1), h())

# functions are values: stored, passed and returned
def double(x):
    return x * 2


def square(x):
    return x * x


def apply(f, v):
    return f(v)


fs = [double, square, abs]
for f in fs:
    print(f(-3))
print(apply(double, 5), apply(square, 5))
table = {'d': double, 's': square}
print(table['s'](9))
g = double
print(g(21), g is double)


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


print(compose(double, square)(3), compose(square, double)(3))
print(callable(double), callable(3))
print(sorted([-5, 3, -1, 2], key=square))

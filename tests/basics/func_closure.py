# closures keep the enclosing variables alive
def make_adder(n):
    def add(x):
        return x + n
    return add


add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))


def make_multipliers():
    out = []
    for i in range(4):
        out.append(lambda x, i=i: x * i)
    return out


print([m(10) for m in make_multipliers()])


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late_binding())


def make_counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def outer():
    x = 1

    def get():
        return x
    x = 2
    return get


print(outer()())

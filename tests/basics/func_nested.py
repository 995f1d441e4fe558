# nested functions see the enclosing function's variables
def outer(x):
    def inner(y):
        return x + y
    return inner(10)


print(outer(5))


def counter_report(items):
    label = 'item'

    def fmt(i):
        return label + ':' + str(items[i])
    out = []
    for i in range(len(items)):
        out.append(fmt(i))
    return out


print(counter_report(['a', 'b']))


def a():
    v = 'a'

    def b():
        w = 'b'

        def c():
            return v + w + 'c'
        return c()
    return b()


print(a())


def shadow():
    x = 'outer'

    def inner():
        x = 'inner'
        return x
    return inner(), x


print(shadow())

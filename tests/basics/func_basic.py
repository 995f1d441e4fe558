# defining and calling functions
def greet():
    print('hello')


greet()
greet()


def add(a, b):
    return a + b


print(add(1, 2), add('a', 'b'), add([1], [2]))


def nothing():
    pass


print(nothing())


def early(x):
    if x < 0:
        return 'negative'
    return 'non-negative'


print(early(-1), early(0))


def bare_return():
    return


print(bare_return())


def pair():
    return 1, 2


print(pair())
a, b = pair()
print(a, b)
print(type(add).__name__)

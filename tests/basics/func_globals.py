# global statement
counter = 0


def inc():
    global counter
    counter += 1


for i in range(5):
    inc()
print(counter)


def read_only():
    return counter * 2


print(read_only())


def make_new():
    global new_name
    new_name = 'created'


make_new()
print(new_name)


def local_shadow():
    counter = 100
    return counter


print(local_shadow(), counter)
total = 0


def add_all(items):
    global total
    for v in items:
        total = total + v
    return total


print(add_all([1, 2, 3]), add_all([4]), total)

# list(), tuple(), [*x] and f(*x) ask the iterable for its length before copying it, as CPython's
# length hint does: a class's __len__ runs, an error other than TypeError from it propagates, and a
# range too long for a machine word raises OverflowError. Found by fuzz/difftest.


class Loud:
    def __iter__(self):
        return iter(["x", "y"])

    def __len__(self):
        print("len called")
        return 2


def f(*a):
    return a


print(list(Loud()))
print(tuple(Loud()))
print([*Loud()])
print([0, *Loud()])
print(f(*Loud()))
print(f(1, *Loud()))
print(sorted(Loud()))
print("-".join(Loud()))
l = [0]
l.extend(Loud())
print(l)
# Unpacking to names takes an iterator first: no length is asked for.
a, *b = Loud()
print(a, b)
print(set(Loud()) == {"x", "y"})


class Bad:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        raise ValueError("no length")


class NotInt:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return "two"


for make in (list, tuple, sorted, lambda x: [*x]):
    try:
        print(make(Bad()))
    except ValueError as e:
        print("ValueError", e)
    print(make(NotInt()))

for r in (range(2**64), range(-1, 12345678901234567890), range(0, 2**70, 3)):
    for make in (list, tuple, sorted, lambda x: [*x]):
        try:
            make(r)
        except OverflowError as e:
            print("OverflowError", e)

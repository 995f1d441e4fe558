# an exception leaving a Python call gives back the call's stack space, however often it happens
def fail(n):
    if n % 2:
        raise ValueError(n)
    return inner(n)
def inner(n):
    raise KeyError(n)
caught = 0
for i in range(100000):
    try:
        fail(i)
    except (ValueError, KeyError):
        caught += 1
print(caught)
class R:
    def __repr__(self):
        return repr(self)
for i in range(3):
    try:
        repr(R())
    except RecursionError:
        print("recursion", i)
class Later:
    pass
print(Later.__name__)

# a function may start with a docstring; it is not a statement with output
def f():
    "this is a docstring"
    return 1


def g(x):
    """multi
    line docstring"""
    return x * 2


print(f(), g(4))


class C:
    "class docstring"

    def m(self):
        "method docstring"
        return 'm'


print(C().m())

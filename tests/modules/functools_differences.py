# Where kinglet's functools differs from CPython's (docs/differences.md), pinned by an .exp file.
import functools
from collections.abc import Sequence


@functools.singledispatch
def kind(x):
    return 'generic'


@kind.register(Sequence)
def _(x):
    return 'sequence'


# singledispatch follows the MRO only: list is a Sequence by registration, not by inheritance.
print(kind([1]), kind((1,)), kind(5))


class MyPartial(functools.partial):
    pass


# The repr names functools.partial, not the subclass.
print(repr(MyPartial(max, 1)).split(' at ')[0])

# Subclasses of list, dict, tuple, set and frozenset inherit the generic alias syntax
# (C[int]); a plain class without __class_getitem__ is not subscriptable.
from collections import namedtuple


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class LL(L):
    pass


P = namedtuple('P', 'x y')
for c in (D, L, T, S, F, LL, P):
    a = c[int]
    print(a, a.__origin__ is c, a.__args__)
print(D[str, int], L[int] == L[int], LL[int]())


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print('TypeError', e)

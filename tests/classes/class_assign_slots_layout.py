# __class__ assignment between classes with __slots__: allowed when the slots agree, a TypeError
# ("object layout differs") when they do not or when only one side has a __dict__.
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x',)
class C:
    __slots__ = ('y',)
class D:
    pass
class E:
    pass
class ASub(A):
    pass
a = A()
a.__class__ = B
print(type(a).__name__)
for target in [C, D, ASub, int]:
    o = A()
    try:
        o.__class__ = target
        print('assigned', target.__name__)
    except TypeError as e:
        print('TypeError', e)
d = D()
d.__class__ = E
print(type(d).__name__)
try:
    d.__class__ = A
except TypeError as e:
    print('TypeError', e)

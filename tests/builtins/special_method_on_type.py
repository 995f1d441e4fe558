# Conversions look special methods up on the type: a class passed as the value does not find
# the method it defines for its instances, and an instance attribute is not a special method.
class I:
    def __index__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
class C:
    def __complex__(self):
        return 1j
class J:
    pass
j = J()
j.__index__ = lambda: 3
j.__float__ = lambda: 1.5
calls = [
    lambda: bin(int), lambda: hex(I), lambda: chr(int), lambda: oct(I()),
    lambda: float(int), lambda: float(F), lambda: float(F()), lambda: float(I()),
    lambda: complex(int), lambda: complex(C), lambda: complex(C()), lambda: complex(0, int),
    lambda: int(int), lambda: int(I), lambda: int(I()),
    lambda: bin(j), lambda: float(j), lambda: [1, 2, 3][j], lambda: 'ab' * I(),
    lambda: '%d' % I(), lambda: '%x' % I, lambda: b'%s' % J(),
    lambda: bytes(I), lambda: bytes(I()),
]
for f in calls:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)

print(True + True, True * 10, False - 1, True / 2, True // 1, -True, +False, ~False)
print(True == 1, False == 0, True + 0.5)
print(sum([True, False, True, True]), max(False, True), min([True, 0]))
print(str(True), repr(False), int(True), float(False), complex(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(''), bool(' '), bool([]), bool([0]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(0j))
print(True and 'x', False and 'x', True or 'x', False or 'x', not True, not 0)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True << 3, True >> 1, True ^ 1, True & 3, False | 2)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__[0].__name__)
print([1, 2, 3][True], 'ab'[False], {True: 'yes'}[1], {1: 'one'}[True])
print(divmod(True, 2), pow(True, 10), abs(False), hash(True) == hash(1))
try:
    bool.__new__(bool, 2) and type(bool(2)).__name__
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__)
print(bool('False'), bool(bool), True.real, True.imag, True.numerator)
print(format(True, '^7'), '%s %d %r' % (True, True, False), f'{False!r}')
print(True * 'ab', False * [1], [0] * True)

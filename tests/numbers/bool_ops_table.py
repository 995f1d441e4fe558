# Every operator between bools and small ints: &, | and ^ of two bools stay bools, in place too.
import operator
ops = ['add', 'sub', 'mul', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
       'lt', 'gt', 'eq', 'ne', 'le', 'ge']
for a in (False, True, 0, 1, 2, -3):
    for b in (False, True, 1, -2):
        out = []
        for name in ops:
            try:
                out.append(repr(getattr(operator, name)(a, b)))
            except (ZeroDivisionError, ValueError) as e:
                out.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(out))
for a in (False, True):
    x = a
    x &= True
    y = a
    y |= False
    z = a
    z ^= True
    w = a
    w += True
    print(x, y, z, w, -a, +a, ~a, abs(a), hash(a), bool(a), not a, int(a), a.__index__())
print(True & 'x' if False else True & 3, 3 | True, True ^ 2, False & True is False)
try:
    True & 'x'
except TypeError as e:
    print('TypeError', e)

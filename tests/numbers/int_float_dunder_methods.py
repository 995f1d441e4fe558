# The numeric dunders called directly: three-argument __pow__, __divmod__ and its reflection,
# and int's __trunc__/__floor__/__ceil__/__round__.
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__pow__(3, None), (3).__rpow__(2))
print((2).__pow__(2, 3.0), (2).__pow__(2.0, 3), (2.0).__pow__(3))
print((7).__divmod__(2), (-7).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.5))
print((7.5).__divmod__(2), (-7.5).__rdivmod__(100), (5).__divmod__('a'), (5.0).__rdivmod__([]))
print(True.__divmod__(2), int.__divmod__(9, 4), float.__divmod__(9.0, 4))
for f in [lambda: (5).__divmod__(0), lambda: (5.0).__divmod__(0), lambda: (2).__pow__(-1, 4),
          lambda: (2).__pow__(3, 0), lambda: (2).__pow__(), lambda: (2).__pow__(1, 2, 3)]:
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__)
print((7).__trunc__(), (-7).__floor__(), (7).__ceil__(), True.__trunc__(), type(True.__ceil__()))
print((1234).__round__(), (1235).__round__(-1), (1245).__round__(-1), (5).__round__(2))
print(int.__round__(15, -1), int.__floor__(3), divmod(7, 2) == (7).__divmod__(2))
class I(int):
    pass
print(I(9).__divmod__(4), I(9).__pow__(2, 5), I(9).__floor__(), type(I(9).__ceil__()).__name__)
print(pow(2, 10, mod=1000), pow(base=3, exp=3), pow(exp=2, base=5, mod=None))
for f in [lambda: pow(), lambda: pow(2), lambda: pow(2, base=3), lambda: pow(2, 3, 4, 5),
          lambda: pow(2, 3, bad=1), lambda: pow(2, 3, base=1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)

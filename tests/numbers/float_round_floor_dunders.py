# float.__round__, __trunc__, __floor__ and __ceil__, on floats and subclasses.
class F(float):
    pass
class G(float):
    def __round__(self, n=None):
        return 'G.round'
for x in [2.5, 3.5, -2.5, 2.675, 1e300, -0.4, F(2.5), F(-7.25)]:
    print(x.__round__(), x.__round__(1), x.__round__(-1), x.__round__(None), x.__trunc__(), x.__floor__(), x.__ceil__())
    print(round(x), round(x, 1))
print(round(G(1.5)), round(G(1.5), 2), F(2.5).is_integer(), F(2.0).is_integer())
print(float.__round__(2.5), float.__floor__(-0.5), float.__ceil__(-0.5), float.__trunc__(-0.5))
for f in [float('inf'), float('-inf'), float('nan')]:
    for m in ['__trunc__', '__floor__', '__ceil__', '__round__']:
        try:
            print(getattr(f, m)())
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__, e)
    print(f.__round__(2))
try:
    float.__round__(1)
except TypeError as e:
    print('TypeError', e)
try:
    (1.5).__round__(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    (1.5).__round__(1, 2)
except TypeError as e:
    print('TypeError', e)
print(type((2.5).__round__()), type((2.5).__round__(0)))

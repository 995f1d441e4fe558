# Three-argument pow(): which operand's type answers, and with what error.
class I(int):
    pass
class P:
    def __repr__(self):
        return "P()"
    def __pow__(self, e, m=None):
        return ('P.pow', e, m)
    def __rpow__(self, b):
        return 'P.rpow'
vals = [2, True, I(3), 2.0, 1j, 'a', None, [1], P()]
for a in vals:
    for b in vals:
        for c in [5, 2.0, 1j, 'm', I(7), P()]:
            try:
                r = pow(a, b, c)
            except (TypeError, ValueError, ZeroDivisionError) as e:
                r = '%s: %s' % (type(e).__name__, e)
            print(repr(a)[:6], repr(b)[:6], repr(c)[:6], r if not isinstance(r, P) else 'P')

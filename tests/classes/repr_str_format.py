class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
    def __format__(self, spec):
        if spec == 'polar':
            return 'polar-ish'
        if spec:
            return '(' + format(self.x, spec) + ', ' + format(self.y, spec) + ')'
        return str(self)
p = P(1.5, 'a')
print(p)
print(repr(p), str(p))
print([p], (p,), {'k': p})
print('%s %r' % (p, p))
print('{} {!r} {!s}'.format(p, p, p))
q = P(1.25, 2.5)
print(f'{q:.1f}|{q:polar}|{q}|{q!r}')
print(format(q, '>6'))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(str(OnlyRepr()), OnlyRepr(), f'{OnlyRepr()}')
class OnlyStr:
    def __str__(self):
        return 'just str'
print(OnlyStr(), '%s' % OnlyStr())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__)
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), '{}'.format(NoFormat()))
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(type(e).__name__)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat(), '')
except TypeError as e:
    print(type(e).__name__)
class Nested:
    def __repr__(self):
        return 'N<%r>' % ([1, 'two'],)
print([Nested(), Nested()])
print(repr(P(P(1, 2), [3])))

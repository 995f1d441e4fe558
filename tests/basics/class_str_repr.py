# __str__ and __repr__
class Both:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return 'Both ' + str(self.v)

    def __repr__(self):
        return 'Both(' + repr(self.v) + ')'


class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'


class StrOnly:
    def __str__(self):
        return 'just str'


b = Both('x')
print(b)
print(str(b), repr(b))
print([b, Both(2)])
print((b,), {'k': b})
r = ReprOnly()
print(r, str(r), repr(r), [r])
s = StrOnly()
print(s, str(s))
print('value: ' + str(b))

# Operators on a class use its metaclass's dunders; a metaclass without them leaves classes
# behaving like any class (identity equality, hashable, repr, no len, not iterable).
class Plain(type):
    pass
class A(metaclass=Plain):
    pass
print(repr(A)[:17], str(A)[:17], A == A, A != A, A == 5, hash(A) == hash(A), bool(A))
for f in [lambda: len(A), lambda: iter(A), lambda: A[0], lambda: A < A, lambda: -A]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print({A: 1}[A], isinstance(None, A | None), isinstance(3, int | A), isinstance(A(), A | int))
class Rich(type):
    def __len__(cls):
        return len(cls.__name__)
    def __getitem__(cls, key):
        return (cls.__name__, key)
    def __setitem__(cls, key, value):
        setattr(cls, key, value)
    def __iter__(cls):
        yield from cls.__name__
    def __str__(cls):
        return 'str of ' + cls.__name__
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __add__(cls, other):
        return cls.__name__ + '+' + str(other)
    def __radd__(cls, other):
        return str(other) + '+' + cls.__name__
    def __contains__(cls, item):
        return item == 'inside'
    def __bool__(cls):
        return False
    def __neg__(cls):
        return 'neg ' + cls.__name__
class Beta(metaclass=Rich):
    pass
class Alpha(metaclass=Rich):
    pass
Beta['color'] = 'red'
print(len(Beta), Beta[1:2], list(Alpha), str(Beta), repr(Beta)[:20], Beta.color)
print(Alpha < Beta, sorted([Beta, Alpha])[0].__name__, Beta + 1, 1 + Beta, -Alpha)
print('inside' in Beta, 'x' in Beta, bool(Beta), not Alpha, f'{Beta}', '%s' % Alpha)
class Sub(Beta):
    pass
print(len(Sub), type(Sub).__name__, Sub['k'], isinstance(Sub(), Beta))

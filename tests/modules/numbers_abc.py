# The numeric tower of the numbers module: builtins registered at their levels, the methods
# each level fills in, and abstract methods that keep incomplete classes from instantiating.
import numbers

for x in [True, 3, 2.5, 1j, "1", None, [1]]:
    print(repr(x), [isinstance(x, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print([c.__name__ for c in numbers.Integral.__mro__[:5]], numbers.Number.__hash__)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, o):
        return Meters(self.v // float(o))

    def __rfloordiv__(self, o):
        return Meters(float(o) // self.v)

    def __mod__(self, o):
        return Meters(self.v % float(o))

    def __rmod__(self, o):
        return Meters(float(o) % self.v)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __add__(self, o):
        return Meters(self.v + float(o))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __mul__(self, o):
        return Meters(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Meters(self.v / float(o))

    def __rtruediv__(self, o):
        return Meters(float(o) / self.v)

    def __pow__(self, o):
        return Meters(self.v ** float(o))

    def __rpow__(self, o):
        return Meters(float(o) ** self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __eq__(self, o):
        return self.v == float(o)

    __hash__ = None

    def __repr__(self):
        return "Meters(%r)" % self.v


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))


class Half(numbers.Real):
    def __float__(self):
        return 0.5


try:
    Half()
except TypeError as e:
    print("TypeError", "abstract" in str(e), "__add__" in str(e))


class Two(numbers.Integral):
    pass


for name in ["__index__", "numerator", "denominator", "__float__", "__int__", "__and__"]:
    print(name, name in Two.__abstractmethods__)
print(sorted(numbers.Rational.__abstractmethods__)[:6])

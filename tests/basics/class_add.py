# __add__ and friends via plain methods
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __str__(self):
        return str(self.cents // 100) + '.' + str(self.cents % 100 // 10) + str(self.cents % 10)


a = Money(150)
b = Money(275)
print(a + b)
print(a + 5)
total = Money(0)
for m in [a, b, Money(1)]:
    total = total + m
print(total)
total += Money(99)
print(total)
try:
    5 + a
except TypeError:
    print('TypeError')


class Plain:
    pass


try:
    Plain() + Plain()
except TypeError:
    print('TypeError')

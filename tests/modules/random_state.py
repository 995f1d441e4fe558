# random: getstate/setstate, Random instances with their own state, subclasses, gauss_next.
import random

r = random.Random(42)
r.random()
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2], st[1][:3])
a = [r.random() for i in range(5)]
r.setstate(st)
print(a == [r.random() for i in range(5)])

# gauss() keeps its second value; the state carries it.
r.seed(3)
g = r.gauss()
print(round(r.gauss_next, 12))
st = r.getstate()
print(round(st[2], 12) == round(r.gauss_next, 12))
x = r.gauss()
r.setstate(st)
print(r.gauss() == x, r.gauss_next)
r.seed(3)
print(r.gauss_next)
r.gauss_next = 5
print(r.gauss(1, 2), r.gauss_next)
r.gauss_next = 2.5
print(r.gauss(1, 2))

# Module functions share one hidden instance; instances are independent of it.
random.seed(10)
r1 = random.Random(10)
r2 = random.Random(10)
print(random.random() == r1.random(), r1.getstate() != r2.getstate())
s = random.getstate()
v = random.randrange(1000)
random.setstate(s)
print(v == random.randrange(1000))

# Version 2 states (words taken modulo 2**32) are accepted too.
r = random.Random(1)
st = r.getstate()
r.setstate((2, tuple(w + 2**32 for w in st[1][:-1]) + (st[1][-1],), None))
print(r.getstate() == st)

# The state index: 624 right after seeding, counting the words used since.
r = random.Random(0)
print(r.getstate()[1][-1])
r.random()
print(r.getstate()[1][-1])
r.getrandbits(100)
print(r.getstate()[1][-1])

# Subclasses work on their own Random part.
class MyRandom(random.Random):
    def pick(self):
        return self.randrange(100)

m = MyRandom(5)
print(m.pick(), isinstance(m, random.Random), random.Random(5).randrange(100))

class Seeded(random.Random):
    def __init__(self, a, b):
        super().__init__(a * b)
        self.label = 'seeded'

s = Seeded(3, 4)
print(s.label, s.random() == random.Random(12).random())
print(random.Random.VERSION, type(random.Random(1)).__name__)
print(random.random.__self__ is random._inst, callable(random.choice))

# random: subclasses that override random(), getrandbits(), _randbelow() or other methods change
# what the inherited methods draw, as in CPython.
import random

# A generator of one's own: override random() only (the documented way).
class Lcg(random.Random):
    def __init__(self, seed=1):
        self.x = seed
        super().__init__(seed)
    def seed(self, a=None):
        self.x = 12345 if a is None else a
    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31

g = Lcg(7)
print(g.x, g.random(), g.uniform(1, 2), g.randrange(10), g.randint(1, 6), g.choice('abcdef'))
print(g.choices('abc', k=4), g.choices('abc', [1, 2, 3], k=4), g.sample(range(100), 5))
l = list(range(10)); g.shuffle(l); print(l)
print(round(g.gauss(), 12), round(g.normalvariate(), 12), round(g.expovariate(2), 12), round(g.betavariate(2, 3), 12))
print(g.sample(range(30), 8), g.triangular(0, 1))
g.seed(99); print(g.x, g.random())
print(g.sample(['a', 'b'], 3, counts=[2, 2]))

# Override getrandbits: _randbelow and randbytes use it.
class Bits(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k) ^ 1 if k else 0
b = Bits()
print(b.randrange(1000), b.choice(range(50)), b.randbytes(5), b.calls, b.random())
l = list(range(8)); b.shuffle(l); print(l, b.calls)
print(b.sample(range(100), 4), b.calls)

# Override _randbelow directly.
class Below(random.Random):
    def _randbelow(self, n):
        return n - 1
w = Below(3)
print(w.randrange(10), w.choice('xyz'), w.randint(1, 6), w.sample(range(5), 3))
l = [1, 2, 3, 4]; w.shuffle(l); print(l)

# Deeper subclasses inherit the choice.
class Lcg2(Lcg):
    pass
h = Lcg2(7)
print(h.randrange(10), h.choice('abcdef'), h.random())

# A random() that calls the base one.
class Half(random.Random):
    def random(self):
        return super().random() / 2
f = Half(5)
print(f.random(), f.uniform(0, 10), f.randrange(100), f.choices(range(10), k=3))

# Other overridden methods are used by the ones built on them.
class Tweaked(random.Random):
    def randrange(self, a, b=None, step=1):
        return 42
    def normalvariate(self, mu=0.0, sigma=1.0):
        return 0.0
    def gammavariate(self, alpha, beta):
        return 1.0
    def sample(self, population, k, *, counts=None):
        return list(population)[:k]
t = Tweaked(1)
print(t.randint(1, 6), t.lognormvariate(0, 1), t.betavariate(2, 3), t.sample('abc', 2, counts=[1, 1, 1]))

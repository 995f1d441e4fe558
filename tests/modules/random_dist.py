# random: the real-valued distributions, to 12 digits (libm may differ in the last bit).
import random

def show(*xs):
    print(*[round(x, 12) for x in xs])

for seed in [1, 8, 1234, 2**50]:
    r = random.Random(seed)
    show(r.random(), r.random(), r.uniform(-3, 3), r.uniform(0.5, 7), r.uniform(10, 2))
    show(r.uniform(2**60, 2**61) / 2**60, r.triangular(), r.triangular(0, 10, 3), r.triangular(10, 0))
    print(r.triangular(5, 5, 5), r.triangular(1, 1))
    show(r.gauss(), r.gauss(2, 3), r.gauss(mu=1, sigma=0.5), r.normalvariate(),
         r.normalvariate(1, 0.5))
    show(r.lognormvariate(0.1, 0.3), r.expovariate(0.7), r.expovariate(3))
    show(r.vonmisesvariate(2, 4), r.vonmisesvariate(-2, 0.5), r.vonmisesvariate(1, 0))
    show(r.gammavariate(0.3, 2), r.gammavariate(1.0, 2), r.gammavariate(7.5, 0.5),
         r.gammavariate(1.5, 1))
    show(r.betavariate(0.5, 0.5), r.betavariate(3, 9), r.betavariate(1, 1))
    show(r.paretovariate(1.5), r.paretovariate(3), r.weibullvariate(2, 0.7), r.weibullvariate(1, 3))

# Long runs stay in range and keep their means.
r = random.Random(99)
xs = [r.random() for i in range(2000)]
print(min(xs) >= 0.0, max(xs) < 1.0, round(sum(xs) / len(xs), 1))
g = [r.gauss(10, 2) for i in range(2000)]
print(round(sum(g) / len(g)))
u = [r.uniform(5, 6) for i in range(500)]
print(min(u) >= 5, max(u) <= 6)
t = [r.triangular(0, 1, 0.5) for i in range(500)]
print(min(t) >= 0, max(t) <= 1)
print(round(sum(r.expovariate(2) for i in range(4000)) / 4000, 1))

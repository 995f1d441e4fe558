# statistics: every function on random ints, floats and Fractions, checked against CPython to
# the last bit (exact sums, correctly rounded square roots, the same float steps).
import random
import statistics as s
from fractions import Fraction as F

random.seed(5)


def value():
    k = random.random()
    if k < 0.3:
        return random.randint(-50, 50)
    if k < 0.6:
        return round(random.uniform(-100, 100), random.randint(0, 6))
    if k < 0.8:
        return random.uniform(-1e6, 1e6)
    return F(random.randint(-30, 30), random.randint(1, 12))


for t in range(40):
    kind = random.random()
    n = random.randint(1, 12)
    if kind < 0.3:
        data = [random.randint(-20, 20) for _ in range(n)]
    elif kind < 0.6:
        data = [random.uniform(-10, 10) * 10 ** random.randint(-5, 5) for _ in range(n)]
    elif kind < 0.8:
        data = [value() for _ in range(n)]
    else:
        data = [F(random.randint(-30, 30), random.randint(1, 12)) for _ in range(n)]
    pos = [abs(x) + 1 for x in data]
    calls = [("mean", (data,)), ("fmean", (data,)), ("median", (data,)),
             ("median_low", (data,)), ("median_high", (data,)), ("median_grouped", (data,)),
             ("median_grouped", (data, 3)), ("mode", ([round(x) for x in data],)),
             ("multimode", ([round(x) % 4 for x in data],)), ("variance", (data,)),
             ("pvariance", (data,)), ("stdev", (data,)), ("pstdev", (data,)),
             ("variance", (data, 1)), ("pstdev", (data, 0.5)), ("quantiles", (data,)),
             ("harmonic_mean", (pos,)), ("geometric_mean", (pos,)),
             ("harmonic_mean", (pos, list(range(1, n + 1)))), ("fmean", (data, list(range(n)))),
             ("covariance", (data, pos)), ("correlation", (data, pos)),
             ("linear_regression", (data, pos))]
    for name, args in calls:
        try:
            r = getattr(s, name)(*args)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, repr(r))
    try:
        print(s.quantiles(data, n=random.randint(1, 7),
                          method=random.choice(["inclusive", "exclusive"])))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
    nd = s.NormalDist(random.uniform(-5, 5), random.uniform(0.1, 4))
    p = random.random()
    print(nd, nd.pdf(p), nd.cdf(p), nd.inv_cdf(p), nd.zscore(p), nd.quantiles(5),
          nd.overlap(s.NormalDist(1, 2)), nd + 1, nd * 2, nd - nd, 3 - nd, nd / 2)

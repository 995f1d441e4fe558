# statistics.NormalDist: densities, the cumulative distribution and its inverse (Wichura's
# AS 241, in all three of its ranges), quantiles, overlap, arithmetic and the errors.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.pdf(100), iq.cdf(130), iq.inv_cdf(0.9), iq.zscore(85))
print(iq.quantiles(), NormalDist().quantiles(10))
for p in [1e-300, 1e-20, 1e-8, 0.001, 0.02425, 0.075, 0.3, 0.5, 0.7, 0.925, 0.97575, 0.999999,
          1 - 1e-16]:
    print(p, NormalDist().inv_cdf(p))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)),
      NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
a, b = NormalDist(1, 2), NormalDist(3, 4)
print(a + b, a - b, a + 1, 1 + a, a - 1, 10 - a, a * 3, 3 * a, a / 2, -a, +a)
print(a == NormalDist(1, 2), a == b, a == 1, hash(a) == hash(NormalDist(1.0, 2.0)))
print(len(NormalDist(0, 1).samples(5, seed=3)))
for call in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1),
             lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist().inv_cdf(0),
             lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).zscore(1),
             lambda: NormalDist().overlap(1), lambda: NormalDist(0, 0).overlap(NormalDist())]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

# statistics: the documented examples and the errors of each function, with ints, floats and
# Fractions mixed, infinities and NaNs.
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4, 4]), st.mean([-1.0, 2.5, 3.25, 5.75]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2]), st.mean([True, 2]))
print(st.mean([1, F(1, 2), 0.5]), st.mean(iter(range(10))), type(st.mean([1, 3])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3]))
print(st.fmean(x for x in range(5)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]),
      st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]),
      st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], 2),
      st.median_grouped([7]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109,
                    76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106,
                    86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81,
                    109, 104], n=10))
print(st.quantiles([1, 2, 3, 4], n=3, method="inclusive"), st.quantiles([1, 5]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(data, st.mean(data)),
      st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.stdev([1, 1, 1]), st.variance([3, 3]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([10 ** 20, 10 ** 20 + 1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
print(st.linear_regression([1972, 1979, 1986, 1991, 1996, 2001, 2006],
                           [1, 3, 4, 2, 5, 6, 7]))
print(st.linear_regression(x, [2 * v for v in x], proportional=True))
inf, nan = float("inf"), float("nan")
print(st.mean([1, inf]), st.mean([1, nan]), st.median([inf, 1, 2]), st.variance([1, 2, inf]))

for call in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]),
             lambda: st.median_low([]), lambda: st.median_high([]),
             lambda: st.median_grouped([]), lambda: st.mode([]),
             lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([2]),
             lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
             lambda: st.quantiles([1, 2], method="x"), lambda: st.harmonic_mean([-1, 2]),
             lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, 2], weights=[1]),
             lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]),
             lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]),
             lambda: st.covariance([1], [2]), lambda: st.covariance([1, 2], [1]),
             lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]),
             lambda: st.mean([1, "a"]), lambda: st.mean(["a", "b"]),
             lambda: st.median_grouped(["a", "b"]), lambda: st.harmonic_mean(["x"]),
             lambda: st.stdev([1, inf])]:
    try:
        print(call())
    except (st.StatisticsError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

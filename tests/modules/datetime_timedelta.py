# datetime.timedelta: normalisation, rounding, arithmetic, str and repr.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((-1,), {}), ((0, 1), {}), ((0, -1), {}),
                 ((0, 0, 1), {}), ((0, 0, -1), {}), ((1, 2, 3), {}),
                 ((), {"weeks": 1, "hours": 25, "minutes": 61, "milliseconds": 1001}),
                 ((0.5,), {}), ((0, 0.5), {}), ((0, 0, 0.5), {}), ((0, 0, 1.5), {}),
                 ((0, 0, 2.5), {}), ((0, 0, -0.5), {}), ((0, 0, -1.5), {}),
                 ((1.1, 2.2, 3.3), {}), ((-1.1, -2.2, -3.3), {}),
                 ((), {"hours": 1.5, "minutes": 0.25, "milliseconds": 0.0015}),
                 ((), {"seconds": 1e-7}), ((), {"seconds": 5e-7}), ((), {"seconds": 1.5e-6}),
                 ((), {"weeks": -0.3}), ((True, False), {}),
                 ((), {"days": 999999999}), ((), {"days": -999999999}),
                 ((), {"microseconds": 86400 * 10 ** 6 * 3 - 1})]:
    td = timedelta(*args, **kw)
    print(args, sorted(kw.items()), repr(td), str(td), td.days, td.seconds, td.microseconds)

print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(repr(timedelta.resolution))
print(timedelta(2), timedelta(-2), timedelta(1, 1), timedelta(-1, 1))
print(timedelta(hours=10, minutes=5, seconds=3, microseconds=40))

a = timedelta(1, 2, 3)
b = timedelta(0, 7200, 11)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.5 * a, a * 1.1, a * 2.5e-7)
print(a / 2, a / 3, a / -7, a / 0.1, a / 2.5)
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(a // 7, a // -7, (-a) // 3)
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=-1) / 2)
print(timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)
print(a.total_seconds(), timedelta.max.total_seconds(), timedelta(microseconds=-1).total_seconds())
print(a == timedelta(1, 2, 3), a != b, a < b, a > b, a <= a, a >= b, a == 1, a != "x")
print(bool(timedelta()), bool(timedelta(microseconds=1)), bool(-timedelta(1)))
print(hash(a) == hash(timedelta(0, 86402, 3)), {a: 1}[timedelta(seconds=86402, microseconds=3)])
print(sorted([b, a, -a, timedelta()]))
print(timedelta(seconds=1) * True, timedelta(days=1) // timedelta(hours=7))

# errors
show(lambda: timedelta("1"))
show(lambda: timedelta(seconds=[]))
show(lambda: timedelta(microseconds=None))
show(lambda: timedelta(1000000000))
show(lambda: timedelta(-1000000000))
show(lambda: timedelta(10 ** 10))
show(lambda: timedelta(float("inf")))
show(lambda: timedelta(float("nan")))
show(lambda: timedelta.max + timedelta.resolution)
show(lambda: timedelta.min - timedelta.resolution)
show(lambda: -timedelta.min)
show(lambda: timedelta.max * 2)
show(lambda: a / 0)
show(lambda: a / 0.0)
show(lambda: a // 0)
show(lambda: a / timedelta(0))
show(lambda: a // timedelta(0))
show(lambda: a % timedelta(0))
show(lambda: divmod(a, timedelta(0)))
show(lambda: a * float("nan"))
show(lambda: timedelta(hours=1) * 1e300)
for f in (lambda: a + 1, lambda: a < 1, lambda: a * "x", lambda: a / "x", lambda: a % 2,
          lambda: 1 - a):
    try:
        f()
    except TypeError:
        print("TypeError")

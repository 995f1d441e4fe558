# time: clocks, sleep, gmtime/localtime/mktime/asctime/ctime/strftime and struct_time (UTC).
import time
t = time.gmtime(1700000000.5)
print(t, t.tm_year, t[0], len(t), type(t).__name__, t.tm_zone, t.tm_gmtoff, isinstance(t, tuple))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %% %w %U %W %c %x %X %I %F %T %D %R %e', t))
print(time.asctime(t), time.mktime(t), time.gmtime(0), time.ctime(0), time.ctime(86400 * 365.25 * 30))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
for secs in (-1, 951782400, 4102444800, -62135596800, 253402300799, 1e10, -86401):
    g = time.gmtime(secs)
    print(tuple(g), time.mktime(g), time.strftime('%c %U %W %j', g))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(time.timezone, time.daylight, time.tzname, time.altzone)
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() > t0 > 1.6e9, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0)
print(type(time.time_ns()).__name__, time.monotonic_ns() > 0, type(time.perf_counter_ns()).__name__)
print(time.localtime(100) == time.gmtime(100), time.gmtime(100).tm_isdst)
for bad in (lambda: time.strftime(1), lambda: time.asctime((1, 2)), lambda: time.mktime(5),
            lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


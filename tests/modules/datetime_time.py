# datetime.time: fields, isoformat, fromisoformat, repr, comparisons, offsets.
from datetime import time, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(time.min), repr(time.max), repr(time.resolution))
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 0, 4),
          time(23, 59, 59, 999999), time(12, fold=1),
          time(1, 2, tzinfo=timezone.utc), time(1, 2, 3, tzinfo=timezone(timedelta(hours=-5))),
          time(1, tzinfo=timezone(timedelta(hours=1), "X"), fold=1)]:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond,
          t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname(), bool(t))
t = time(13, 4, 5, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1).isoformat(timespec=spec))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(tzinfo=timezone.utc)),
      repr(t.replace(fold=1)), repr(t.replace(tzinfo=timezone.utc).replace(tzinfo=None)))
print(t.strftime("%H %I %M %S %f %p %Y-%m-%d %j %a|%z|%Z|"))
print(time(1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30))).strftime("%z %Z"))
print(format(t, ""), format(t, "%H.%M"), f"{t:%I%p}")
for s in ["12", "1234", "12:34", "123456", "12:34:56", "12:34:56.7", "12:34:56,123",
          "12:34:56.1234567", "12:34:56.000001", "12:34:56Z", "12:34+01:00", "12:34:56-0530",
          "12:34:56.5+01:02:03", "12:34:56.5+01:02:03.000004", "T12:34", "12:00:00+00:00"]:
    print(s, repr(time.fromisoformat(s)))
print(time.fromisoformat(time(4, 23, 1, 384, timezone(-timedelta(hours=4))).isoformat()))

# comparisons and hashing
a = time(12, 0, tzinfo=timezone(timedelta(hours=1)))
b = time(11, 0, tzinfo=timezone.utc)
c = time(11, 0)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), c == b, c != b, c == time(11))
print(time(1) < time(2), time(2, 1) > time(2), time(1) == 1, time(1) != "x")
print(time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
print(sorted([time(3), time(1, 30), time(1, 2, 3)]))

# errors
show(lambda: time(24))
show(lambda: time(-1))
show(lambda: time(0, 60))
show(lambda: time(0, 0, 60))
show(lambda: time(0, 0, 0, 1000000))
show(lambda: time(0, 0, 0, -1))
show(lambda: time(fold=2))
show(lambda: time(1.5))
show(lambda: time(0, 0, 0, 0, 1))
show(lambda: time(0, 0, 0, 0, "UTC"))
show(lambda: t.isoformat("x"))
show(lambda: t.isoformat(timespec="nanoseconds"))
show(lambda: time.fromisoformat("25:00"))
show(lambda: time.fromisoformat("1:00"))
show(lambda: time.fromisoformat("12:34:"))
show(lambda: time.fromisoformat("12:34:56."))
show(lambda: time.fromisoformat("12:3456"))
show(lambda: time.fromisoformat("12:34+"))
show(lambda: time.fromisoformat(""))
show(lambda: time.fromisoformat(1200))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
show(lambda: time(1) == time(1, tzinfo=timezone.utc))
show(lambda: t.strftime(None))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 60

    def dst(self, dt):
        return timedelta(hours=25)

    def tzname(self, dt):
        return 1


bt = time(1, tzinfo=Bad())
show(bt.utcoffset)
show(bt.dst)
show(bt.tzname)
show(bt.isoformat)
try:
    time(1) + timedelta(1)
except TypeError:
    print("TypeError")

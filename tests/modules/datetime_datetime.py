# datetime.datetime: construction, timestamps, ISO forms, arithmetic, comparisons.
import time
from datetime import date, datetime, time as dtime, timedelta, timezone, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
dt = datetime(2021, 3, 4, 5, 6, 7, 8)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
      dt.microsecond, dt.tzinfo, dt.fold, isinstance(dt, date))
for x in [datetime(2021, 1, 1), datetime(2021, 1, 1, 1), datetime(2021, 1, 1, 0, 0, 1),
          datetime(2021, 1, 1, 0, 0, 0, 1), datetime(2021, 1, 1, tzinfo=UTC),
          datetime(2021, 1, 1, 2, fold=1), datetime(2021, 1, 1, tzinfo=timezone.min, fold=1)]:
    print(repr(x), str(x), x.isoformat(), x.utcoffset(), x.tzname(), x.dst())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(dt.isoformat(timespec=spec), dt.isoformat(" ", spec), datetime(2000, 1, 1).isoformat("x", spec))
print(dt.date(), repr(dt.time()), repr(dt.timetz()), repr(dt.replace(tzinfo=UTC).timetz()))
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())
print(dt.timetuple())
print(dt.replace(tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(fold=1)))
print(repr(datetime.combine(date(2020, 1, 2), dtime(3, 4))),
      repr(datetime.combine(date(2020, 1, 2), dtime(3, 4, tzinfo=UTC))),
      repr(datetime.combine(date(2020, 1, 2), dtime(3, 4, tzinfo=UTC), None)),
      repr(datetime.combine(datetime(2020, 1, 2, 9), dtime(3, 4), UTC)))

# timestamps
for ts in [0, 1, 1.5, -1.5, 1e9, 1234567890.123456, 1234567890.1234565, -0.0000005,
           0.0000005, 0.0000015, 951782400, -62135000000, 253402300799]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, UTC)),
          repr(datetime.fromtimestamp(ts)))
print(repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-8), "PST"))))
print(datetime(1970, 1, 1).timestamp(), datetime(2021, 3, 4, 5, 6, 7, 8).timestamp(),
      datetime(2021, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp(),
      datetime(1, 1, 1, tzinfo=UTC).timestamp())
now = datetime.now()
print(type(now), now <= datetime.now(), type(datetime.utcnow()), type(datetime.today()))
print(datetime.now(UTC).tzinfo, type(datetime.now(timezone(timedelta(hours=3)))))

# ISO parsing
for s in ["2021-03-04", "20210304", "2021-03-04T05", "2021-03-04T05:06",
          "2021-03-04 05:06:07", "2021-03-04T05:06:07.008", "2021-03-04T05:06:07.000008+01:00",
          "2021-03-04T05:06:07Z", "20210304T050607", "2021-W09-4T05:06", "2021-03-04x05:06:07",
          "2021-03-04T05:06:07-05:30", "2021-03-04T00:00:00+00:00", "2021-03-04T05:06:07,5"]:
    print(s, repr(datetime.fromisoformat(s)))
print(repr(datetime.fromisoformat(dt.isoformat())), datetime.fromisoformat(str(dt)) == dt)

# arithmetic
d1 = datetime(2020, 12, 31, 23, 59, 59, 999999)
print(d1 + timedelta.resolution, timedelta(days=1, hours=1) + d1, d1 - timedelta(days=366))
print(d1 - datetime(2020, 1, 1), datetime(2020, 1, 1) - d1, d1 + timedelta(microseconds=-1))
a = datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2020, 1, 1, 10, tzinfo=UTC)
print(a - b, b - a, repr(a + timedelta(hours=1)), a == b, a != b, a < b, a >= b)
print(hash(a) == hash(b), len({a, b}), a.astimezone(UTC) == a)
print(repr(a.astimezone(UTC)), repr(b.astimezone(timezone(timedelta(hours=-3), "X"))))
print(repr(datetime(2020, 5, 6, 7).astimezone()), repr(a.astimezone()), a.astimezone(a.tzinfo) is a)
print(repr(datetime(2020, 5, 6, 7).astimezone(timezone(timedelta(hours=1)))))
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), datetime(2020, 1, 1) == datetime(2020, 1, 1, fold=1))
print(datetime(2020, 1, 1) == b, datetime(2020, 1, 1) != b, d1 == date(2020, 12, 31), d1 == 3)
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5, 5), datetime(2020, 1, 1, 23)]))

# errors
show(lambda: datetime(2020, 1))
show(lambda: datetime(2020, 13, 1))
show(lambda: datetime(2020, 1, 1, 24))
show(lambda: datetime(2020, 1, 1, 0, 0, 0, 0, 1))
show(lambda: datetime(2020, 1, 1, fold=-1))
show(lambda: datetime.max + timedelta.resolution)
show(lambda: datetime.min - timedelta.resolution)
show(lambda: datetime(2020, 1, 1) < b)
show(lambda: datetime(2020, 1, 1) - b)
show(lambda: d1 < date(2020, 1, 1))
show(lambda: date(2020, 1, 1) >= d1)
show(lambda: dt.isoformat("ab"))
show(lambda: dt.isoformat(1))
show(lambda: dt.isoformat(timespec="x"))
show(lambda: datetime.fromisoformat("2021-03-04T"))
show(lambda: datetime.fromisoformat("2021-03-04T25:00"))
show(lambda: datetime.fromisoformat("2021-03-04T05:06:07+25:00"))
show(lambda: datetime.fromisoformat("2021-3-4"))
show(lambda: datetime.fromisoformat(None))
show(lambda: datetime.combine(1, dtime()))
show(lambda: datetime.combine(date(1, 1, 1), 1))
show(lambda: datetime.fromtimestamp(1e20))
show(lambda: datetime.fromtimestamp(float("nan")))
show(lambda: datetime.fromtimestamp(0, 1))
show(lambda: datetime.utcfromtimestamp(-1e12))
show(lambda: datetime(2020, 1, 1).astimezone(1))
show(lambda: dt.replace(day=32))
for f in (lambda: dt + 1, lambda: dt - 1, lambda: dt + dt, lambda: dt < 1, lambda: 1 - dt):
    try:
        f()
    except TypeError:
        print("TypeError")

# datetime.tzinfo and timezone: fixed offsets, names, a tzinfo subclass with DST.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, repr(UTC))
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "UTC")))
for off, name in [(timedelta(hours=1), None), (timedelta(hours=-5), "EST"),
                  (timedelta(hours=5, minutes=30), None), (timedelta(seconds=-1), None),
                  (timedelta(minutes=1, microseconds=5), None), (timedelta(0), "Z")]:
    tz = timezone(off) if name is None else timezone(off, name)
    dt = datetime(2020, 1, 1, tzinfo=tz)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None),
          tz.tzname(dt), dt.isoformat(), dt.strftime("%z %Z"), repr(tz.fromutc(dt)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"),
      timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)),
      timezone.utc == timezone(timedelta(0), "x"), timezone.utc == 0,
      hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "B")))
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))

show(lambda: timezone(1))
show(lambda: timezone(None))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(timedelta(0), 1))
show(lambda: timezone(timedelta(0), None))
show(lambda: timezone.utc.tzname(1))
show(lambda: timezone.utc.utcoffset(1))
show(lambda: timezone.utc.dst("x"))
show(lambda: timezone.utc.fromutc(1))
show(lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
try:
    timezone.utc < timezone.max
except TypeError:
    print("TypeError")
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().dst(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().fromutc(1))
show(lambda: tzinfo().fromutc(datetime(2020, 1, 1)))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Fixed(%r)" % self.name


class Summer(tzinfo):
    # One hour ahead of UTC, two from April to September.
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "SUMMER" if self.dst(dt) else "WINTER"


f = Fixed(-90, "F")
d = datetime(2020, 6, 1, 12, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst)
print(repr(d.astimezone(UTC)), repr(datetime(2020, 6, 1, tzinfo=UTC).astimezone(f)))
print(d.strftime("%Y %z %Z %%"), repr(time(1, tzinfo=f)), time(1, tzinfo=f).isoformat())
s = Summer()
for m in (1, 6):
    x = datetime(2020, m, 1, 12, tzinfo=s)
    print(x, x.tzname(), x.dst(), x.utcoffset(), x.timetuple().tm_isdst, x.astimezone(UTC))
print(datetime(2020, 6, 1, 10, tzinfo=UTC).astimezone(s), datetime.fromtimestamp(0, s))
print(datetime(2020, 6, 1, tzinfo=s) - datetime(2020, 1, 1, tzinfo=s))
print(datetime(2020, 6, 1, 2, tzinfo=s) == datetime(2020, 6, 1, tzinfo=UTC))
print(time(12, tzinfo=s).utcoffset(), time(12, tzinfo=s).tzname())


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


n = datetime(2020, 1, 1, tzinfo=NoOffset())
print(n.utcoffset(), n.tzname(), n.isoformat(), n.strftime("[%z][%Z]"), n == datetime(2020, 1, 1))
print(n - datetime(2019, 1, 1), n.timetuple().tm_isdst)
show(lambda: NoOffset().fromutc(n))


class Fold(tzinfo):
    # A zone whose clocks go back an hour at 02:00 on 2020-11-01: 01:00-02:00 happens twice.
    def utcoffset(self, dt):
        if dt is None:
            return timedelta(hours=-4)
        if (dt.year, dt.month, dt.day) == (2020, 11, 1) and dt.hour == 1:
            return timedelta(hours=-5 if dt.fold else -4)
        if (dt.month, dt.day) >= (11, 1) and dt.year == 2020:
            return timedelta(hours=-5)
        return timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "F%s" % self.utcoffset(dt)


fz = Fold()
first = datetime(2020, 11, 1, 1, 30, tzinfo=fz)
second = first.replace(fold=1)
print(first.utcoffset(), second.utcoffset(), first == second, first.tzname(), second.tzname())
print(first == first.astimezone(UTC), second == second.astimezone(UTC), first != first.astimezone(UTC))
print(first.astimezone(UTC), second.astimezone(UTC), first < second.astimezone(UTC))
later = datetime(2020, 11, 1, 3, tzinfo=fz)
print(later == later.astimezone(UTC), hash(first) == hash(second), second - first)
print(repr(second.replace(tzinfo=UTC)), second.timestamp() - first.timestamp())

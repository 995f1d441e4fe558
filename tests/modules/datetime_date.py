# datetime.date: construction, calendar arithmetic, ISO forms, comparisons.
import time
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat())
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2020, 9, 6))
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(d.ctime(), date(2002, 12, 4).ctime(), date(1, 1, 1).ctime())
print(d.timetuple())
print(d.replace(day=1), d.replace(year=2024), d.replace(2021, 3), repr(d.replace()))
for y, m, dd in [(2004, 1, 1), (2005, 1, 1), (2008, 12, 29), (2009, 12, 31), (2010, 1, 3),
                 (2021, 1, 3), (2020, 12, 31), (1, 1, 1), (9999, 12, 31), (2000, 2, 29)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), x.timetuple().tm_yday)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 1, 1))
for s in ["2020-01-02", "20200102", "2020-W01", "2020-W01-3", "2020W01", "2020W013",
          "2015-W53-7", "0001-01-01", "9999-12-31"]:
    print(s, repr(date.fromisoformat(s)))
print(date.fromtimestamp(0), date.fromtimestamp(1e9), date.fromtimestamp(-86400))
print(type(date.today()), date.today() <= date.today())

# arithmetic and comparisons
print(d + timedelta(1), timedelta(1) + d, d - timedelta(60), d + timedelta(hours=47))
print(d - timedelta(hours=1), d - date(2020, 1, 1), date(2019, 1, 1) - d)
print(d == date(2020, 2, 29), d != d, d < date(2020, 3, 1), d >= date(2021, 1, 1))
print(d == 1, d != "x", d == datetime(2020, 2, 29), datetime(2020, 2, 29) == d)
print(hash(d) == hash(date(2020, 2, 29)), sorted([date(2020, 1, 2), date(1999, 12, 31), d]))
print(format(d, ""), format(d, "%d/%m/%Y"), "{:%A %B}".format(d), f"{d:%j}")
print(d.strftime("%a %A %b %B %d %m %y %Y %j %U %W %w %u %% %H:%M:%S %f %z|%Z|"))

# errors
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2020, 0, 1))
show(lambda: date(2020, 13, 1))
show(lambda: date(2020, 2, 30))
show(lambda: date(2019, 2, 29))
show(lambda: date(2020, 4, 31))
show(lambda: date(2020, 1, 0))
show(lambda: date(2020.0, 1, 1))
show(lambda: date("2020", 1, 1))
show(lambda: date(2020, 1))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.min + timedelta(-1))
show(lambda: date.fromisoformat("2020-1-02"))
show(lambda: date.fromisoformat("2020-01-02T00:00"))
show(lambda: date.fromisoformat(""))
show(lambda: date.fromisoformat("2020-13-01"))
show(lambda: date.fromisoformat("2020-02-30"))
show(lambda: date.fromisoformat(20200101))
show(lambda: date.fromisocalendar(2020, 54, 1))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2020, 0, 1))
show(lambda: date.fromisocalendar(2020, 1, 0))
show(lambda: date.fromisocalendar(2020, 1, 8))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: d.replace(month=2, day=30))
show(lambda: d.strftime(1))
show(lambda: format(d, 1))
show(lambda: d < datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) > d)
for f in (lambda: d + 1, lambda: d - 1, lambda: d < 1, lambda: d + d):
    try:
        f()
    except TypeError:
        print("TypeError")

# datetime types subclassed: reprs, the types that operations and constructors return.
import datetime as dtmod
from datetime import date, datetime, time, timedelta, timezone


class TD(timedelta):
    pass


class D(date):
    def label(self):
        return "D:" + self.isoformat()


class DT(datetime):
    pass


class T(time):
    pass


td = TD(1, 2)
print(repr(td), type(td).__name__, type(td + td).__name__, type(-td).__name__,
      type(td * 2).__name__, type(abs(td)).__name__)
d = D(2020, 5, 17)
print(repr(d), d.label(), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__,
      type(d.replace(day=1)).__name__, type(D.fromordinal(5)).__name__,
      type(D.fromisoformat("2020-01-01")).__name__, type(D.today()).__name__,
      type(D.fromtimestamp(0)).__name__, type(D.fromisocalendar(2020, 1, 1)).__name__)
print(d - D(2020, 1, 1), d == date(2020, 5, 17), hash(d) == hash(date(2020, 5, 17)))
x = DT(2020, 5, 17, 1, 2, tzinfo=timezone.utc)
print(repr(x), type(x + timedelta(1)).__name__, type(x.replace(hour=3)).__name__,
      type(x.astimezone(timezone(timedelta(hours=1)))).__name__, type(DT.now()).__name__,
      type(DT.fromtimestamp(0)).__name__, type(DT.utcfromtimestamp(0)).__name__,
      type(DT.combine(d, time())).__name__, type(DT.strptime("2020", "%Y")).__name__,
      type(DT.fromisoformat("2020-01-01")).__name__, type(x.date()).__name__,
      type(x.time()).__name__)
print(repr(T(1, 2, 3)), type(T(1).replace(hour=2)).__name__, type(T.fromisoformat("01:02")).__name__)
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC)
print(issubclass(datetime, date), isinstance(x, date), isinstance(d, datetime))
print(date.__name__, datetime.__name__, time.__name__, timedelta.__name__, timezone.__name__)
print(date.__module__, datetime.__module__, timezone.__module__)
print(repr(date(2020, 1, 1).isocalendar()), type(date(2020, 1, 1).isocalendar()).__name__)
print(repr(timedelta(hours=1)).startswith("datetime."), str(timezone(timedelta(hours=1))))
print(sorted([DT(2020, 1, 2), datetime(2020, 1, 1)]), max(D(1, 1, 1), date(2, 1, 1)))

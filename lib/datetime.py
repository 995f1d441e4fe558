# lib/datetime.py: dates, times, durations and fixed-offset time zones.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Written from the Python 3.11 documentation of the datetime module. Every type keeps its fields
# as plain ints in slots: a timedelta its days, seconds and microseconds (normalised so that only
# days may be negative), a date its proleptic Gregorian year, month and day, a time and a datetime
# also their clock fields, tzinfo and fold. Arithmetic goes through a whole count of
# microseconds (or days, for a date), computed on Python's unbounded ints, then normalised back
# and range checked, which is where OverflowError comes from. The texts of str(), repr() and the
# exceptions are those CPython prints, since programs and tests look at them; where CPython names
# its C types, as 'datetime.timedelta', so does _name() here. kinglet's local time is UTC
# (time.localtime() is time.gmtime()), so naive local times need no zone database. strftime()
# and strptime() are implemented here, for the C locale, rather than handed to the time module.

import math as _math
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR",
           "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400000000

# ==== calendar arithmetic ====

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    # Days in the years 1 .. year-1.
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    # The inverse of _ymd_to_ord: guess the year from the mean year length, then correct it.
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    doy = n - _days_before_year(year)
    # A month has at least 28 days, so doy // 28 + 1 is never before the month; step back.
    month = doy // 28 + 1
    if month > 12:
        month = 12
    before = _days_before_month(year, month)
    while before >= doy:
        month -= 1
        before = _days_before_month(year, month)
    return year, month, doy - before


def _iso_week1_monday(year):
    # The ordinal of the Monday of ISO week 1: the week that holds the year's first Thursday.
    first = _days_before_year(year) + 1
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


# ==== argument checks ====

_OWN_TYPES = set()


def _name(obj):
    # The type name CPython's messages and reprs use: 'datetime.X' for this module's own types,
    # the bare class name for subclasses.
    cls = type(obj)
    if cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _argtype(value):
    # How CPython's argument errors name a value's type ("must be str, not None").
    return "None" if value is None else type(value).__name__


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


_MISSING = object()


def _check_date_fields(year, month, day):
    if month is _MISSING:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is _MISSING:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    # What tzinfo.utcoffset() and dst() may return: None or a timedelta under a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _c_round(x):
    # C's round(): halves go away from zero.
    if x >= 0:
        return _math.floor(x + 0.5)
    return -_math.floor(-x + 0.5)


def _div_nearest(a, b):
    # a / b rounded to the nearest int, halves to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        above = r2 > b
    else:
        above = r2 < b
    if above or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=":"):
    # +HH:MM, with :SS and .ffffff when they are not zero ("" for None).
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += "%s%02d" % (sep, ss)
        if off.microseconds:
            text += ".%06d" % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


# ==== timedelta ====

_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
               ("minutes", 60000000), ("hours", 3600000000), ("days", _US_PER_DAY),
               ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and
                type(milliseconds) is int and type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            # The common case, all ints, is exact arithmetic.
            return cls._from_us(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 +
                                 seconds) * 1000000 + milliseconds * 1000 + microseconds)
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        leftover = 0.0
        for (name, factor), value in zip(_TD_FACTORS, values):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                # The whole part is exact; only the fraction is carried as a float, as
                # CPython does, so that the rounding below matches its results.
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac != 0.0:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total % 2
                whole = 2 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, us = divmod(us, _US_PER_DAY)
        seconds, us = divmod(us, 1000000)
        if not -999999999 <= days <= 999999999:
            if not -2 ** 31 <= days < 2 ** 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hash = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_name(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_div_nearest(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_nearest(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_nearest(self._us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash((self._days, self._seconds, self._microseconds))
        return self._hash

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    # Instances are immutable, so a copy is the instance itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ==== ISO 8601 parsing ====


def _digits(text, pos, count):
    # The int of text[pos:pos+count] if those are all ASCII digits, else None.
    part = text[pos:pos + count]
    if len(part) != count:
        return None
    for c in part:
        if not "0" <= c <= "9":
            return None
    return int(part)


def _parse_iso_date(text):
    # (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if malformed.
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        rest = rest[3:]
        weekday = 1
        if rest:
            if dash:
                if rest[:1] != "-":
                    return None
                rest = rest[1:]
            if len(rest) != 1:
                return None
            weekday = _digits(rest, 0, 1)
            if weekday is None:
                return None
        try:
            return _from_iso_calendar(year, week, weekday)
        except ValueError:
            return None
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            return None
        month = _digits(rest, 0, 2)
        day = _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month = _digits(rest, 0, 2)
        day = _digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists only in years that start on a Thursday, or leap years on a Wednesday.
        first = (_days_before_year(year) + 1 + 6) % 7
        if not (week == 53 and (first == 3 or (first == 2 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord_to_ymd(ordinal)


def _parse_iso_time(text):
    # (hour, minute, second, microsecond, tzinfo) of an ISO 8601 time; None if malformed.
    tzpos = -1
    for i in range(len(text)):
        if text[i] in "+-Z":
            tzpos = i
            break
    tz = None
    if tzpos >= 0:
        tztext = text[tzpos:]
        text = text[:tzpos]
        if tztext == "Z":
            tz = timezone.utc
        else:
            fields = _parse_hms(tztext[1:])
            if fields is None:
                return None
            hh, mm, ss, us = fields
            off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            if tztext[0] == "-":
                off = -off
            if not -timedelta(1) < off < timedelta(1):
                raise ValueError("offset must be a timedelta strictly between "
                                 "-timedelta(hours=24) and timedelta(hours=24), not %r." % off)
            # As in CPython, an offset of under a second is UTC.
            tz = timezone.utc if not (hh or mm or ss) else timezone(off)
    fields = _parse_hms(text, tz is not None)
    if fields is None:
        return None
    return fields + (tz,)


def _parse_hms(text, tz_follows=False):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], ',' allowed for '.'; None if malformed.
    hh = _digits(text, 0, 2)
    if hh is None:
        return None
    values = [hh, 0, 0]
    pos = 2
    colon = text[2:3] == ":"
    for i in (1, 2):
        if pos == len(text) or text[pos] in ".,":
            break
        if colon:
            if text[pos] != ":":
                return None
            pos += 1
        value = _digits(text, pos, 2)
        if value is None:
            return None
        values[i] = value
        pos += 2
    us = 0
    if pos < len(text):
        # A fraction may follow any field, and be empty before a time zone.
        if text[pos] not in ".,":
            return None
        digits = text[pos + 1:]
        if not digits:
            if not tz_follows:
                return None
        elif _digits(digits, 0, len(digits)) is None:
            return None
        else:
            us = int((digits + "00000")[:6])
    return values[0], values[1], values[2], us


# ==== date ====


class date:
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hash")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hash = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of proleptic Gregorian ordinal n (1 is January 1 of year 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string such as '2021-03-04', '20210304' or '2021-W09-4'."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = None
        if len(date_string) in (7, 8, 10):
            fields = _parse_iso_date(date_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar year, week and weekday."""
        return cls(*_from_iso_calendar(_index(year), _index(week), _index(day)))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Like 'Wed Dec  4 00:00:00 2002'."""
        return _ctime(self, 0, 0, 0)

    def strftime(self, format):
        """The date formatted by the directives of format (C locale)."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtype(format))
        return _strftime(self, format, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time of the date at midnight."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        """The proleptic Gregorian ordinal: 1 for January 1 of year 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        """0 for Monday .. 6 for Sunday."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """1 for Monday .. 7 for Sunday."""
        return self.weekday() + 1

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of ISO 8601."""
        year = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    # Comparisons: a date is never equal to a datetime and does not order against one; the
    # datetime's reflected method, called first since datetime subclasses date, says so.
    def _date_key(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) == key

    def __ne__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) != key

    def __lt__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) < key

    def __le__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) <= key

    def __gt__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) > key

    def __ge__(self, other):
        key = self._date_key(other)
        if key is None:
            return NotImplemented
        return (self._year, self._month, self._day) >= key

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash((self._year, self._month, self._day))
        return self._hash

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ord_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    # Instances are immutable, so a copy is the instance itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) that date.isocalendar() returns."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# ==== tzinfo and timezone ====


class tzinfo:
    """The abstract base of time zones: subclasses define utcoffset(), dst() and tzname()."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local time of dt, a datetime in UTC whose tzinfo is self."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        # The standard offset is utcoffset - dst; after moving by it, dst() may differ.
        dt += off - dst
        dst = _check_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A time zone at a fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argtype(offset))
        if name is _MISSING:
            name = None
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                            % _argtype(dt))
        return self._offset

    def dst(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                            % _argtype(dt))
        return None

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                            % _argtype(dt))
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_name(self), self._offset)
        return "%s(%r, %r)" % (_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ==== time ====


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    return _check_offset("utcoffset", tz.utcoffset(dt))


def _ordered_by_compare(cls):
    """Give cls (time, datetime) the six comparisons from its _compare(other, eq), which
    returns -1, 0 or 1, or None for NotImplemented; eq says == or != is asked, for which a
    naive and an aware value are unequal rather than an error."""
    def comparison(name, eq, test):
        def method(self, other):
            c = self._compare(other, eq)
            return NotImplemented if c is None else test(c)
        method.__name__ = method.__qualname__ = name
        return method

    for name, eq, test in (('__eq__', True, lambda c: c == 0), ('__ne__', True, lambda c: c != 0),
                           ('__lt__', False, lambda c: c < 0), ('__le__', False, lambda c: c <= 0),
                           ('__gt__', False, lambda c: c > 0), ('__ge__', False, lambda c: c >= 0)):
        setattr(cls, name, comparison(name, eq, test))
    return cls


@_ordered_by_compare
class time:
    """A time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hash")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hash = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string such as '04:23:01.000384+04:00'."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string
        if text[:1] == "T":
            text = text[1:]
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*fields)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None for a naive time."""
        return _utcoffset_of(self._tzinfo, None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def isoformat(self, timespec="auto"):
        """HH:MM:SS[.ffffff][+HH:MM], the parts chosen by timespec."""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_name(self), self._hour, self._minute, self._second,
                                           self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_name(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def strftime(self, format):
        """The time formatted by the directives of format, on January 1 1900."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtype(format))
        return _strftime(self, format, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def _compare(self, other, eq):
        # -1, 0 or 1; None when the other is not a time.
        if not isinstance(other, time):
            return None
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return _cmp(mine, theirs)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp(mine, theirs)
        if off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        us1 = ((self._hour * 60 + self._minute) * 60 + self._second) * 10 ** 6 + \
            self._microsecond - off1._us()
        us2 = ((other._hour * 60 + other._minute) * 60 + other._second) * 10 ** 6 + \
            other._microsecond - off2._us()
        return _cmp(us1, us2)

    def __hash__(self):
        if self._hash == -1:
            us = ((self._hour * 60 + self._minute) * 60 + self._second) * 10 ** 6 + \
                self._microsecond
            off = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if off is None:
                self._hash = hash(us)
            else:
                self._hash = hash(us - off._us())
        return self._hash

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        # Only a tzinfo may hold mutable state.
        if self._tzinfo is None:
            return self
        import copy
        return self.replace(tzinfo=copy.deepcopy(self._tzinfo, memo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ==== datetime ====


@_ordered_by_compare
class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hash = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_timestamp(cls, t, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (_math.inf, -_math.inf):
                raise OverflowError("timestamp out of range for platform time_t")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            whole = int(whole)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
        else:
            whole = _index(t)
            us = 0
        if not -2 ** 63 <= whole < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        days, secs = divmod(whole, 86400)
        n = days + 719163  # the ordinal of 1970-01-01
        if not 0 < n <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        y, m, d = _ord_to_ymd(n)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local datetime of a POSIX timestamp, or its time in tz."""
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls._from_timestamp(t, None)

    @classmethod
    def now(cls, tz=None):
        """The current local datetime, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC datetime, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local datetime, naive."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (and the time's tzinfo unless one is given)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argtype(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, then optionally any one character and
        a time."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = None
        text = date_string
        # The date part is 7, 8 or 10 characters long, and a time follows one separator.
        for size in (10, 8, 7):
            if len(text) == size or len(text) > size + 1:
                fields = _parse_iso_date(text[:size])
                if fields is not None:
                    break
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        rest = text[size + 1:]
        tfields = (0, 0, 0, 0, None)
        if len(text) > size:
            tfields = _parse_iso_time(rest)
            if tfields is None:
                raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*(fields + tfields))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string shows in format (C locale)."""
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        """A time.struct_time of the local time, tm_isdst from dst()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  isdst))

    def utctimetuple(self):
        """A time.struct_time of the time in UTC, tm_isdst 0."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(),
                                  _days_before_month(dt._year, dt._month) + dt._day, 0))

    def _local_us(self):
        # Microseconds since 0001-01-01 00:00 of the fields as they are.
        return ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60000000 + \
            self._second * 1000000 + self._microsecond

    def timestamp(self):
        """The POSIX timestamp (a float); a naive datetime is local time, which is UTC."""
        us = self._local_us()
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return (us - _EPOCH_US) / 10 ** 6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        args = [year, month, day, hour, minute, second, microsecond]
        mine = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        for i in range(7):
            if args[i] is None:
                args[i] = mine[i]
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(*args, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """The same instant in tz (by default the local zone, UTC in kinglet)."""
        if tz is None:
            tz = _LOCAL
        else:
            _check_tzinfo(tz)
            if tz is None:
                tz = _LOCAL
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            off = _check_offset("utcoffset", mytz.utcoffset(self))
        if off is None:
            off = timedelta(0)  # naive means local time, which is UTC
        if mytz is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None for a naive datetime."""
        return _utcoffset_of(self._tzinfo, self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def ctime(self):
        """Like 'Wed Dec  4 20:30:40 2002'."""
        return _ctime(self, self._hour, self._minute, self._second)

    def strftime(self, format):
        """The datetime formatted by the directives of format (C locale)."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % _argtype(format))
        return _strftime(self, format, self)

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM], the separator and time parts chosen."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argtype(sep))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if not fields[6]:
            del fields[6]
            if not fields[5]:
                del fields[5]
        text = "%s(%s)" % (_name(self), ", ".join([str(f) for f in fields]))
        # Unlike time's repr, datetime's puts fold before tzinfo.
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return text

    def _compare(self, other, eq):
        # -1, 0 or 1, 2 for "unequal" between naive and aware; None if other is no datetime.
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq:
                    return 2
                raise TypeError("can't compare %s to %s" % (_name(self), _name(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._local_us(), other._local_us())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is None and off2 is None:
            return _cmp(self._local_us(), other._local_us())
        if off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if eq and (self._fold_matters(off1) or other._fold_matters(off2)):
            # PEP 495: a time whose offset depends on fold equals no time in another zone.
            return 2
        return _cmp(self._local_us() - off1._us(), other._local_us() - off2._us())

    def _fold_matters(self, offset):
        flipped = self.replace(fold=1 - self._fold).utcoffset()
        return flipped != offset

    def __hash__(self):
        if self._hash == -1:
            off = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            us = self._local_us()
            if off is not None:
                us -= off._us()
            self._hash = hash(us)
        return self._hash

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._us()
        days, us = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        cls = type(self)
        if cls is not datetime:
            return cls(y, m, d, hh, mm, ss, us, self._tzinfo)
        # The fields are known to be valid: skip the constructor's checks.
        result = object.__new__(datetime)
        result._year = y
        result._month = m
        result._day = d
        result._hour = hh
        result._minute = mm
        result._second = ss
        result._microsecond = us
        result._tzinfo = self._tzinfo
        result._fold = 0
        result._hash = -1
        return result

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        us1 = self._local_us()
        us2 = other._local_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                us1 -= off1._us()
                us2 -= off2._us()
        return timedelta._from_us(us1 - us2)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        # Only a tzinfo may hold mutable state.
        if self._tzinfo is None:
            return self
        import copy
        return self.replace(tzinfo=copy.deepcopy(self._tzinfo, memo))


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_US = datetime(1970, 1, 1)._local_us()
# What astimezone() gives a naive datetime or None: CPython builds the local zone from the
# C library's, which in kinglet is always UTC.
_LOCAL = timezone(timedelta(0), "UTC")
_OWN_TYPES.update((timedelta, date, time, datetime, tzinfo, timezone, IsoCalendarDate))
# CPython's module does not export the type of isocalendar()'s result.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ==== strftime ====


def _ctime(d, hh, mm, ss):
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[d.weekday()][:3],
                                              _MONTH_NAMES[d._month][:3], d._day, hh, mm, ss,
                                              d._year)


def _strftime(d, format, t):
    # Format the date d (its time fields from t, a time or datetime, or midnight when None).
    # The directives are glibc's in the C locale; an unknown one is copied as it stands.
    year, month, day = (d._year, d._month, d._day) if isinstance(d, date) else (1900, 1, 1)
    if t is None:
        hour = minute = second = us = 0
    else:
        hour, minute, second, us = t._hour, t._minute, t._second, t._microsecond
    yday = _days_before_month(year, month) + day
    wday = (_ymd_to_ord(year, month, day) + 6) % 7  # Monday is 0
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        c = format[i]
        i += 1
        if c == "Y":
            out.append(str(year))
        elif c == "m":
            out.append("%02d" % month)
        elif c == "d":
            out.append("%02d" % day)
        elif c == "e":
            out.append("%2d" % day)
        elif c == "H":
            out.append("%02d" % hour)
        elif c == "k":
            out.append("%2d" % hour)
        elif c == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif c == "l":
            out.append("%2d" % ((hour + 11) % 12 + 1))
        elif c == "M":
            out.append("%02d" % minute)
        elif c == "S":
            out.append("%02d" % second)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "P":
            out.append("am" if hour < 12 else "pm")
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c == "C":
            out.append(str(year // 100) if year < 1000 else "%02d" % (year // 100))
        elif c == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif c == "A":
            out.append(_DAY_NAMES[wday])
        elif c == "b" or c == "h":
            out.append(_MONTH_NAMES[month][:3])
        elif c == "B":
            out.append(_MONTH_NAMES[month])
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "w":
            out.append(str((wday + 1) % 7))
        elif c == "u":
            out.append(str(wday + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif c in "GgV":
            iso = date(year, month, day).isocalendar() if isinstance(d, date) else (1900, 1, 1)
            if c == "G":
                out.append(str(iso[0]))
            elif c == "g":
                out.append("%02d" % (iso[0] % 100))
            else:
                out.append("%02d" % iso[1])
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[wday][:3], _MONTH_NAMES[month][:3], day, hour, minute, second, year))
        elif c == "x" or c == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "X" or c == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif c == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % ((hour + 11) % 12 + 1, minute, second,
                                               "AM" if hour < 12 else "PM"))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "s":
            out.append(str((_ymd_to_ord(year, month, day) - 719163) * 86400 +
                           hour * 3600 + minute * 60 + second))
        elif c == "z":
            off = t.utcoffset() if t is not None else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = t.tzname() if t is not None else None
            out.append(name or "")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


# ==== strptime ====


def _match_name(text, pos, names):
    # The index in names whose text (case ignored) starts at text[pos], longest first.
    best = -1
    size = 0
    low = text[pos:].lower()
    for k, name in enumerate(names):
        if name and len(name) > size and low.startswith(name.lower()):
            best = k
            size = len(name)
    return best, pos + size


def _match_int(text, pos, most):
    # Up to [most] digits at text[pos]; (value, new pos) or (None, pos).
    end = pos
    while end < len(text) and end - pos < most and "0" <= text[end] <= "9":
        end += 1
    if end == pos:
        return None, pos
    return int(text[pos:end]), end


# The numeric directives: (fewest digits, most digits, smallest value, largest value). A field
# takes the most digits that give a value in range, as CPython's regular expressions do.
_STRPTIME_INTS = {"Y": (4, 4, 0, 9999), "G": (4, 4, 0, 9999), "y": (2, 2, 0, 99),
                  "f": (1, 6, 0, 999999), "j": (1, 3, 1, 366), "m": (1, 2, 1, 12),
                  "d": (1, 2, 1, 31), "H": (1, 2, 0, 23), "I": (1, 2, 1, 12),
                  "M": (1, 2, 0, 59), "S": (1, 2, 0, 61), "U": (1, 2, 0, 53),
                  "W": (1, 2, 0, 53), "V": (1, 2, 0, 53), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7)}
_STRPTIME_ALIASES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _strptime_int(text, pos, c):
    fewest, most, low, high = _STRPTIME_INTS[c]
    if c == "d" and text[pos:pos + 1] == " ":
        pos += 1
        most = 1
    for size in range(most, fewest - 1, -1):
        value = _digits(text, pos, size)
        if value is not None and low <= value <= high:
            if c == "f":
                value = int((text[pos:pos + size] + "00000")[:6])
            return value, pos + size
    return None, pos


def _strptime_fields(text, format, fail):
    # The directives' values read from text, keyed by directive letter (names as numbers).
    fields = {}
    pos = 0
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c.isspace():
            # White space in the format matches any run of white space, also none.
            while pos < len(text) and text[pos].isspace():
                pos += 1
            continue
        if c != "%":
            if pos < len(text) and text[pos].lower() == c.lower():
                pos += 1
                continue
            raise fail
        c = format[i]
        i += 1
        if c == "%":
            if text[pos:pos + 1] != "%":
                raise fail
            pos += 1
            continue
        if c in _STRPTIME_INTS:
            value, pos = _strptime_int(text, pos, c)
            if value is None:
                raise fail
        elif c in "bB":
            value, pos2 = _match_name(text, pos, _MONTH_NAMES)
            if value < 0:
                value, pos2 = _match_name(text, pos, [s[:3] for s in _MONTH_NAMES])
            if value < 0:
                raise fail
            c = "m"
            pos = pos2
        elif c in "aA":
            value, pos2 = _match_name(text, pos, _DAY_NAMES)
            if value < 0:
                value, pos2 = _match_name(text, pos, [s[:3] for s in _DAY_NAMES])
            if value < 0:
                raise fail
            c = "a"
            pos = pos2
        elif c == "p":
            value, pos = _match_name(text, pos, ("AM", "PM"))
            if value < 0:
                raise fail
        elif c == "z":
            value, pos = _strptime_offset(text, pos, fail)
        elif c == "Z":
            k, pos2 = _match_name(text, pos, ("UTC", "GMT"))
            if k < 0:
                raise fail
            value = text[pos:pos2]
            pos = pos2
        else:
            raise fail  # _strptime() refused other directives before
        fields[c] = value
    return fields, text[pos:]


def _strptime(date_string, format):
    for value, what in ((date_string, 1), (format, 2)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (what, _argtype(value)))
    # The format is checked, and %c %x %X expanded, before any matching, as CPython compiles
    # the whole format to a regular expression first.
    parts = []
    k = 0
    while k < len(format):
        c = format[k]
        if c == "%":
            if k + 1 == len(format):
                raise ValueError("stray %% in format '%s'" % format)
            c = format[k + 1]
            if c in _STRPTIME_ALIASES:
                parts.append(_STRPTIME_ALIASES[c])
            elif c in _STRPTIME_INTS or c in "bBaApzZ%":
                parts.append("%" + c)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, format))
            k += 1
        else:
            parts.append(c)
        k += 1
    fail = ValueError("time data %r does not match format %r" % (date_string, format))
    fields, rest = _strptime_fields(date_string, "".join(parts), fail)
    if rest:
        raise ValueError("unconverted data remains: %s" % rest)
    off = _strptime_offset_value(fields["z"]) if "z" in fields else None
    year = fields.get("Y")
    if year is None and "y" in fields:
        y = fields["y"]
        year = y + (1900 if y >= 69 else 2000)
    # Weekday as Monday = 0, from %a/%A, %w (Sunday = 0) or %u (Monday = 1).
    weekday = fields.get("a")
    if "w" in fields:
        weekday = (fields["w"] + 6) % 7
    if "u" in fields:
        weekday = fields["u"] - 1
    if "G" in fields:
        if "j" in fields:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if "V" not in fields or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif "V" in fields:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    month = fields.get("m", 1)
    day = fields.get("d", 1)
    ordinal = None
    if "j" in fields:
        ordinal = _ymd_to_ord(year, 1, 1) + fields["j"] - 1
    elif weekday is not None and "G" in fields:
        ordinal = _iso_week1_monday(fields["G"]) + (fields["V"] - 1) * 7 + weekday
    elif weekday is not None and ("U" in fields or "W" in fields):
        # Week 1 starts on the year's first Monday (%W) or Sunday (%U); week 0 is before.
        # Days are counted within the week from its first day: wd for the day asked for,
        # first_wd for January 1 (ordinals of Sundays are multiples of 7).
        first = _ymd_to_ord(year, 1, 1)
        if "U" in fields:
            week = fields["U"]
            wd = (weekday + 1) % 7
            first_wd = first % 7
        else:
            week = fields["W"]
            wd = weekday
            first_wd = (first + 6) % 7
        if week == 0:
            ordinal = first + wd - first_wd
        else:
            ordinal = first + (7 - first_wd) % 7 + (week - 1) * 7 + wd
    if ordinal is not None:
        if not 0 < ordinal <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(ordinal)[0])
        year, month, day = _ord_to_ymd(ordinal)
    if day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    hour = fields.get("H", 0)
    if "I" in fields:
        hour = fields["I"] % 12
        if fields.get("p") == 1:
            hour += 12
    tz = None
    if off is not None:
        tz = timezone(off, fields["Z"]) if "Z" in fields else timezone(off)
    return (year, month, day, hour, fields.get("M", 0), fields.get("S", 0), fields.get("f", 0),
            tz)


def _strptime_offset(text, pos, fail):
    # %z: Z, or +HH[:]MM with optional [:]SS and .f (up to 6 digits). As in CPython, a colon
    # after the hours asks for one after the minutes too.
    if text[pos:pos + 1] == "Z":
        return "Z", pos + 1
    start = pos
    if text[pos:pos + 1] not in ("+", "-") or _digits(text, pos + 1, 2) is None:
        raise fail
    pos += 3
    if text[pos:pos + 1] == ":":
        pos += 1
    if _digits(text, pos, 2) is None or text[pos] > "5":
        raise fail
    pos += 2
    p = pos + (text[pos:pos + 1] == ":")
    if _digits(text, p, 2) is not None and text[p] <= "5":
        pos = p + 2
        if text[pos:pos + 1] == ".":
            q = pos + 1
            while q < len(text) and q - pos <= 6 and "0" <= text[q] <= "9":
                q += 1
            if q > pos + 1:
                pos = q
    return text[start:pos], pos


def _strptime_offset_value(found):
    # The timedelta of the text _strptime_offset() matched.
    if found == "Z":
        return timedelta(0)
    z = found
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % found)
            z = z[:5] + z[6:]
    seconds = int(z[5:7]) if len(z) > 5 else 0
    frac = z[8:]
    off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5]), seconds=seconds,
                    microseconds=int((frac + "00000")[:6]) if frac else 0)
    if z[0] == "-":
        off = -off
    return off

# datetime strftime, __format__ and strptime in the C locale.
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


directives = "aAwdbBmyYHIpMSfzZjUW%cxXGuVDeTRFhCgnt"
for dt in [datetime(2021, 3, 4, 5, 6, 7, 8), datetime(2000, 12, 31, 23, 59, 59),
           datetime(2020, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=-3), "BRT")),
           datetime(2019, 12, 30, 0, 0, 0, 999999, tzinfo=timezone.utc),
           datetime(1999, 1, 3, 13), datetime(1, 1, 1), datetime(9999, 12, 31)]:
    print(repr(dt))
    for c in directives:
        print(" %" + c, repr(dt.strftime("%" + c)))
print(datetime(2021, 3, 4, 5).strftime("%Y-%m-%dT%H:%M:%S.%f%z [%%] %Q %"))
print(date(2021, 3, 4).strftime("%c|%x|%X|%H|%f|%z|%Z|%s"))
print(time(17, 5, 6, 7).strftime("%c|%x|%X|%Y|%j|%a|%p|%I"))
print(datetime(2021, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=5, microseconds=6))).strftime("%z"))
print("{:%Y/%m/%d %H}".format(datetime(2021, 3, 4, 5)), format(datetime(2021, 3, 4), ""))
print(f"{datetime(2021, 3, 4, 5):%A}", f"{time(1, 2):%H%M}", f"{date(2021, 3, 4)}")

for s, fmt in [("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
               ("04/03/21", "%d/%m/%y"), ("4/3/69", "%d/%m/%y"), ("4/3/68", "%d/%m/%y"),
               ("March 4 2021", "%B %d %Y"), ("mar 4 2021", "%b %d %Y"),
               ("Thursday, 4 Mar 2021", "%A, %d %b %Y"), ("Thu 4", "%a %d"),
               ("12:30 PM", "%I:%M %p"), ("12:30 AM", "%I:%M %p"), ("1:05pm", "%I:%M%p"),
               ("2021 063", "%Y %j"), ("05:06:07.5", "%H:%M:%S.%f"),
               ("05:06:07.123456", "%H:%M:%S.%f"), ("10%", "%H%%"),
               ("2021-03-04T05:06:07+0100", "%Y-%m-%dT%H:%M:%S%z"),
               ("2021-03-04T05:06:07-01:30", "%Y-%m-%dT%H:%M:%S%z"),
               ("2021-03-04T05:06:07Z", "%Y-%m-%dT%H:%M:%S%z"),
               ("2021-03-04T05:06:07+00:00", "%Y-%m-%dT%H:%M:%S%z"),
               ("2021-03-04 UTC", "%Y-%m-%d %Z"), ("2021-03-04 +0000 UTC", "%Y-%m-%d %z %Z"),
               ("2021   3", "%Y %m"), ("2021", "%Y"), ("", "")]:
    print(repr(s), repr(fmt), repr(datetime.strptime(s, fmt)))

show(lambda: datetime.strptime("x", "%Y"))
show(lambda: datetime.strptime("2021x", "%Y"))
show(lambda: datetime.strptime("2021", "%Q"))
show(lambda: datetime.strptime("2021-02-30", "%Y-%m-%d"))
show(lambda: datetime.strptime("2021-13-01", "%Y-%m-%d"))
show(lambda: datetime.strptime("25:00", "%H:%M"))
show(lambda: datetime.strptime("2021", "%Y%"))
show(lambda: datetime.strptime(2021, "%Y"))
show(lambda: datetime.strptime("2021", 1))
show(lambda: datetime.strptime("Foo 1", "%b %d"))
show(lambda: datetime(2021, 1, 1).strftime(1))
show(lambda: format(datetime(2021, 1, 1), 1))
show(lambda: format(time(), None))


def parse(s, f):
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)


for s, f in [("2021 0 1", "%Y %W %w"), ("2021 0 0", "%Y %W %w"), ("2021 1 0", "%Y %U %w"),
             ("2021 52 Fri", "%Y %W %a"), ("2021 0 Fri", "%Y %U %a"), ("0 Fri", "%U %a"),
             ("1962 0 2", "%Y %W %w"), ("2020 53 7", "%G %V %u"), ("2020 53", "%G %V"),
             ("2020 1", "%G %u"), ("53 7", "%V %u"), ("53", "%V"), ("2021 53", "%Y %V"),
             ("2020 53 7 100", "%G %V %u %j"), ("Thu Mar  4 05:06:07 2021", "%c"),
             ("03/04/21", "%x"), ("05:06:07", "%X"), ("2021 5", "%Y %e"), ("Mar", "%h"),
             ("2021 53 Mon", "%Y %W %a"), ("1 2", "%m %w"), (" 4", "%d"),
             ("2021-3-4 5:6:7", "%Y-%m-%d %H:%M:%S"), ("132021", "%m%Y"), ("21", "%Y"),
             ("2021", "%y"), ("1", "%y"), ("12345", "%d%m%y"), ("999", "%j"),
             ("2020 366", "%Y %j"), ("2021 366", "%Y %j"), ("9999 53 6", "%Y %U %w"),
             ("1 0 0", "%Y %U %w"), ("", "%"), ("x", "%Q%"), ("60", "%S"),
             ("12:00 am", "%H:%M %p"), ("13 pm", "%I %p"), ("12 am", "%I %p")]:
    parse(s, f)
for y in range(2000, 2029):
    for w in (0, 1, 26, 52, 53):
        for d in (0, 3, 6):
            print(y, w, d, datetime.strptime("%d %d %d" % (y, w, d), "%Y %U %w").date(),
                  datetime.strptime("%d %d %d" % (y, w, d), "%Y %W %w").date(),
                  datetime.strptime("%d %d %d" % (y, w or 1, d + 1), "%G %V %u").date())
for s in ["+01", "+0130", "+01:30", "+013045", "+01:30:45", "+01:30:45.123456", "+013045.5",
          "-00:00:01", "Z", "z", "+1:30", "+01:3", "+0130:45", "+01:30:45.12", "+2400",
          "-23:59", "+01:30:45.1234567", "UTC", "", "+01:3045", "+0130:45:", "-01:30:45.5",
          "+99", "+9959", "+01:30:45.", "-00:00:00.000001"]:
    parse(s, "%z")
for s, f in [("2021-02-30 +01:3045", "%Y-%m-%d %z"), ("2021-02-30 +9959", "%Y-%m-%d %z"),
             ("2021-02-28 +9959", "%Y-%m-%d %z"), ("2021-02-28 +0100 EST", "%Y-%m-%d %z %Z"),
             ("2021-02-28 EST", "%Y-%m-%d %Z"), ("2021-02-28 utc", "%Y-%m-%d %Z"),
             ("2021-02-28 +0100 gmt", "%Y-%m-%d %z %Z")]:
    parse(s, f)

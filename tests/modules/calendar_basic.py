# calendar: leap years, weekdays, month grids, text and HTML output.
import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2025), calendar.leapdays(2025, 1900), calendar.leapdays(-400, 400))
print(calendar.weekday(2024, 2, 29), calendar.weekday(12000, 1, 1), calendar.weekday(-5, 3, 1))
print([calendar.monthrange(2024, m) for m in (1, 2, 12)], calendar.monthrange(1900, 2))
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.monthrange(2024, 0)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
print(calendar.timegm((2024, 2, 29, 1, 2, 3)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6],
      len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[1:3], list(calendar.day_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH, calendar.mdays, calendar.firstweekday())
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 12, 3, 2), end="")
print(calendar.weekheader(1), calendar.weekheader(9), calendar.weekheader(12), sep="|")
print(calendar.week([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3) + "|")
calendar.prmonth(2021, 7)
calendar.prweek([(28, 0), (29, 1), (30, 2), (31, 3), (0, 4), (0, 5), (0, 6)], 2)
print(calendar.calendar(2024), end="")
print(calendar.calendar(2023, 3, 1, 2, 4), end="")
print(calendar.calendar(2023, 2, 2, 8, 5), end="")
calendar.format(["a", "bb", "ccc"])
print(calendar.formatstring(["x", "y"], 5, 2) + "|")
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 3), end="")
calendar.setfirstweekday(calendar.MONDAY)

for first in (0, 3, 6, 13):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 1))[:9])
    print(list(cal.itermonthdays3(2023, 12))[:3], list(cal.itermonthdays3(2023, 12))[-3:])
    print(list(cal.itermonthdays4(2024, 1))[:2])
    print(cal.monthdatescalendar(2024, 2)[0][:2], cal.monthdays2calendar(2024, 2)[-1])
    print(len(cal.yeardayscalendar(2024)), [len(row) for row in cal.yeardayscalendar(2024, 5)],
          cal.yeardatescalendar(2024, 4)[2][3][-1][-1], cal.yeardays2calendar(2024, 2)[0][1][0])
    print(list(cal.itermonthdates(2024, 6))[0], list(cal.itermonthdates(2024, 6))[-1])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-2:])

text = calendar.TextCalendar(2)
print(text.formatmonth(2024, 9, 4), end="")
print(text.formatmonthname(2024, 9, 30), "|", text.formatmonthname(2024, 9, 12, False), "|")
print(text.formatday(0, 0, 3) + "|" + text.formatday(7, 0, 4) + "|" + text.formatweekday(2, 10))
print(text.formatyear(2025, 2, 1, 3, 6), end="")
text.pryear(2020, 0, 0, 6, 12)

html = calendar.HTMLCalendar(calendar.SUNDAY)
print(html.formatmonth(2024, 2), end="")
print(html.formatmonth(2024, 2, withyear=False), end="")
print(html.formatday(0, 1), html.formatday(5, 2), html.formatweekday(6), html.formatweekheader())
print(html.formatyear(2024, 4))
print(html.formatyear(2024, 0)[:200])
page = calendar.HTMLCalendar().formatyearpage(2024, css=None, encoding="ascii")
print(type(page).__name__, page[:120], page[-40:])
print(calendar.HTMLCalendar().formatyearpage(2023)[:300])


class Styled(calendar.HTMLCalendar):
    cssclasses = ["wk"] * 5 + ["we"] * 2
    cssclass_noday = "empty"


print(Styled().formatmonth(2024, 6)[:400])
print(calendar.LocaleTextCalendar(0, "C").formatmonth(2024, 1) == calendar.month(2024, 1))
print(calendar.LocaleHTMLCalendar().formatmonth(2024, 1) == calendar.HTMLCalendar().formatmonth(2024, 1))
print(sorted(calendar.__all__) == sorted(n for n in calendar.__all__ if hasattr(calendar, n)))
print(datetime.date(2024, 2, 29) in calendar.Calendar().itermonthdates(2024, 2))

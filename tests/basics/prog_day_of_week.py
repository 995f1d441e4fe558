# calendar arithmetic with integers only
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_before(y, m, d):
    mdays = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    n = (y - 1) * 365 + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    for i in range(m - 1):
        n += mdays[i]
    return n + d - 1


def weekday(y, m, d):
    return DAYS[days_before(y, m, d) % 7]


for date in [(2000, 1, 1), (1970, 1, 1), (2024, 2, 29), (1999, 12, 31), (2026, 11, 26), (1, 1, 1)]:
    print(date, weekday(*date), is_leap(date[0]))
print(days_before(2026, 1, 1) - days_before(2000, 1, 1))
print([y for y in range(1890, 1920) if is_leap(y)])

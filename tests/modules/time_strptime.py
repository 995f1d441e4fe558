# time.strptime: parsed by datetime.strptime, with CPython's fields, default format and errors.
import time
print(time.strptime('2024-03-01 12:00', '%Y-%m-%d %H:%M'))
print(time.strptime('Fri Mar  1 12:00:00 2024'))
print(time.strptime('29 Feb 2024', '%d %b %Y').tm_yday, time.strptime('23:59:58', '%H:%M:%S')[:6])
for bad in (('x', '%Y'), ('2024-13-01', '%Y-%m-%d'), ('2024', '%Y %m')):
    try:
        time.strptime(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(5)
except TypeError as e:
    print('TypeError')
print(time.mktime(time.strptime('1970-01-02', '%Y-%m-%d')) == 86400 + time.timezone)

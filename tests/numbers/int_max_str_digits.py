# CPython 3.11's limit on decimal int <-> str conversions (4300 digits by default) and the sys
# functions that change it.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
for f in (str, repr, lambda n: '%d' % n, lambda n: f'{n}', lambda n: format(n, ',')):
    try:
        f(big)
    except ValueError as e:
        print('ValueError', e)
print(len(str(10 ** 4299)), len(hex(big)), len(bin(big)), len(oct(-big)))
try:
    str(-10 ** 4300)
except ValueError as e:
    print('ValueError', e)
for s in ('1' * 4301, '-' + '2' * 5000, ' ' + '3' * 4400 + ' '):
    try:
        int(s)
    except ValueError as e:
        print('ValueError', e)
print(int('f' * 5000, 16) > 0, int('1' * 5000, 2) > 0, int('7' * 4300) % 1000)
for v in (100, -1, 639, 'x', 640, 0):
    try:
        sys.set_int_max_str_digits(v)
        print('set', v, sys.get_int_max_str_digits())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(str(big)), int('9' * 6000) % 7)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 700)
except ValueError as e:
    print('ValueError', e)
print(len(str(10 ** 699)))

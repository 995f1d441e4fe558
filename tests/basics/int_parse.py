# int() from strings
print(int('123'))
print(int(' -7 '))
print(int('+42'))
print(int('0'))
print(int('-0'))
print(int('000123'))
print(int('\t99\n'))
print(int('ff', 16))
print(int('FF', 16))
print(int('-ff', 16))
print(int('777', 8))
print(int('1010', 2))
print(int('z', 36))
print(int('10', 36))
for s in ('abc', '', '1.5', '12a', ' ', '--1', '1 2'):
    try:
        print(int(s))
    except ValueError:
        print('ValueError', repr(s))
try:
    int('8', 8)
except ValueError:
    print('ValueError base 8')

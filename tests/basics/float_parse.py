# float() from strings and numbers
print(float('1.5'))
print(float('  -2.25  '))
print(float('1e3'))
print(float('1E-3'))
print(float('.5'))
print(float('5.'))
print(float('+0.1'))
print(float('-0'))
print(float('inf'), float('-INF'), float('nan'))
print(float('123456789012345678901234567890'))
print(float('0.1') == 0.1)
print(float('3.141592653589793'))
print(float('2.2250738585072014e-308'))
print(float('1e400'), float('1e-400'))
print(float(3), float(-0), float(True))
print(float(2 ** 60))
print(float())
for s in ('abc', '', '1.2.3', '1e', 'e5', '0x10', '1,5'):
    try:
        print(float(s))
    except ValueError:
        print('ValueError', repr(s))

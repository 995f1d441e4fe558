x = 1234.5678
for spec in ['', 'f', '.2f', '.0f', '10.3f', '<10.1f', '^12.2f', '+.1f', ' .1f', '010.2f',
             'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', ',.2f', '_.1f', '=+12.1f', '*>12.2f', '#.0f', 'n']:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.5, 1.5, 2.5, -2.5, 1e16, 0.1]:
    print(format(v, 'g'), format(v, '.2e'), format(v, '.1f'), format(v, 'r' if False else ''), str(v))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(format(v, 'f'), format(v, 'e'), format(v, 'g'), format(v, '>8'), format(v, 'F'), format(v, '+.2f'))
print(format(0.000012345, 'g'), format(123456789.0, 'g'), format(1e-5, 'g'), format(1e-4, 'g'))
print(format(1.0, 'g'), format(10.0, 'g'), format(1e6, 'g'), format(1e5, 'g'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__)
print('%.3f %e %g %10.2f|%-10.2f|' % (x, x, x, x, x))
print(f'{x:.2f} {x:,} {x:>15,.3f} {-x:e}')

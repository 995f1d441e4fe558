vals = [0.0, 1.0, 0.1, 1.5, 123.456, 1e5, 1e6, 1e15, 1e16, 1e17, 1.23e-4, 1.23e-5, 12345678.9, 0.000999, 100.0, 1e100]
for v in vals:
    print(str(v), repr(v), '%s' % v, '%g' % v, format(v, ''), format(v, 'g'), f'{v:.3}', f'{v:.6g}')
for v in [1 / 7, 2 / 3, 10 / 3]:
    print(['%.{}g'.format(p) % v for p in range(1, 8)])
print(str(1e22), str(1e21), str(123456789012345678.0), str(0.1 + 0.2), str(1 / 3))
print(f'{0.0001:g}', f'{0.00001:g}', f'{123456:g}', f'{1234567:g}', f'{1.0:.0g}', f'{9.99:.1g}', f'{9.5:.0f}')

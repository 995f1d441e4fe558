# format() of complex numbers: presentation types, precision, signs, alignment, and the spec
# errors CPython gives for zero padding, '=' alignment and unknown codes.
zs = [3 + 4j, 1 - 2j, 2j, -0.0 + 1j, 0.0 - 0.0j, 1.5e300 + 1e-5j, complex(float('inf'), float('nan')), -1 + 0j]
specs = ['', '.2f', '<20.2f', '>20', '^16', '+', ' ', '+.3e', '.6e', 'g', '.1g', 'G', 'E', '#g',
         'F', '*^24.4f', '10', 'n', ',.2f', '_.1f', '-.2f']
for z in zs:
    print(repr(z), ' '.join(repr(format(z, s)) for s in specs))
print(f'{3+4j:.1f}', f'{1j:>8}|', '{:.3}'.format(1 / 3 + 2j), '{0:}'.format(1 - 1j))
for spec in ['010', '=10', '%', 'd', 'x', 's', '.2%']:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print('ValueError', e)

# ',' and '_' without a presentation type group the integer digits of each part (repr style).
z = 40048.01475534484 - 104002.98240321841j
for spec in [",", "_", ">50,", "<45_", "^46,", "+,", " _", "#,", "z,"]:
    print(repr(spec), repr(format(z, spec)))
print(format(1234567j, ","), format(-1234567 - 0j, ","), format(complex(1e20, 12345), "_"))
print(format(complex(-0.0, 1234.5), "z,"), format(complex(123456, float("inf")), ","))
print(format(complex(1e16, -2e15), ","), format(complex(999, 1000), "_"), f"{3 + 4000j:,}")

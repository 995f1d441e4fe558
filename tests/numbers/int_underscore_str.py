for s in ['1_000', '1_0_0', '0x_1_f', '0b_1_0', '0o_7_7', '1__0', '_10', '10_', '0_x1']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__)
for s in ['1_000.5', '1_0e1_0', '1_.5', '1._5', '1e_5', '.5_0']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__)
print(format(10 ** 9, '_'), format(10 ** 9, ','), format(0xdeadbeef, '_x'), format(255, '_b'), format(12345.678, '_.2f'))
try:
    format(1, ',_')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, '_,')
except ValueError as e:
    print(type(e).__name__, e)

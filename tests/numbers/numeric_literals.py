print(1_000, 0x_FF, 0o_17, 0b_1010, 1_0.0_1, 1e1_0, 1_0j)
print(0xff, 0XFF, 0o17, 0O17, 0b11, 0B11)
print(1., .5, 1.e2, 1e-2, 1E+2, 0e0, 00.5, 0.0)
print(1j, 2.5j, 1e3j, 0j, .5j, 1_0.5j)
print(007.5, 00, 0_0)
print(type(1e0).__name__, type(1j).__name__, type(0o0).__name__)
print(0xDEADBEEF, 0o777, 0b11111111)
print(1.7976931348623157e308, 1e309, 5e-324, 1e-325, 2.5e-324)
print(123456789012345678901234567890.0)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1)
print(- - 1, - + - 1, +-+1, not - 1)
print(1 if 1 else 0)
print(1 .real, 1.0.real, 0x10 .bit_length())
for src in ['0777', '1__0', '0b2', '0o8', '0xg', '1e', '1_', '09']:
    try:
        eval(src)
        print('ok', src)
    except SyntaxError as e:
        print(type(e).__name__, src)

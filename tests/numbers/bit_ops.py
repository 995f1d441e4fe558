vals = [0, 1, 5, 255, 256, -1, -5, -256, 2 ** 70, -(2 ** 70) + 3]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -1 ^ 7)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -1024 >> 3, -1 << 3)
print(2 ** 70 & 2 ** 70 - 1, 2 ** 70 | 1, 2 ** 70 ^ 2 ** 69)
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 1, ~(2 ** 70))
print((-(2 ** 65)) >> 64, (-(2 ** 65) - 1) >> 64)
print(0xF0F0 & -0x100, 123456789 ^ -987654321)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(1 << 0, 0 << 100, 5 >> 100, -5 >> 100)
print((12).bit_length(), (0).bit_count(), (-0).bit_length())
print(int.bit_length(1023), int.bit_count(-7))

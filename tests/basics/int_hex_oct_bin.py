# hex, oct and bin of ints
for n in (0, 1, 7, 8, 15, 16, 255, 256, 4095, 65535, -1, -255, 2 ** 32, 2 ** 64 - 1):
    print(n, hex(n), oct(n), bin(n))
print(hex(True))
try:
    hex(1.5)
except TypeError:
    print('TypeError')

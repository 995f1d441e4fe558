for v in [0, 1, -1, 5, 255, -255, 2 ** 64, -(2 ** 70), True]:
    print(v, bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for bad in (1.5, '5', None, [1]):
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(int(bin(12345), 0), int(oct(12345), 0), int(hex(12345), 0))
print(format(255, 'b') == bin(255)[2:], hex(255).upper(), '%x' % 255 == hex(255)[2:])

# ord, chr, hex, oct, bin together
for c in 'Az09 ~':
    n = ord(c)
    print(repr(c), n, hex(n), oct(n), bin(n), chr(n) == c)
print(hex(0), oct(0), bin(0))
print(hex(-1), oct(-8), bin(-3))
print(int(hex(1234), 16), int(oct(1234)[2:], 8), int(bin(1234)[2:], 2))
print(hex(2 ** 64), bin(2 ** 20))
print(chr(48 + 7), chr(ord('a') + 25))

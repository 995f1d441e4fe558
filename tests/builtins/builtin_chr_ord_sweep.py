ok = True
for cp in list(range(0, 0x3000, 37)) + list(range(0xE000, 0x110000, 4099)):
    c = chr(cp)
    if ord(c) != cp or len(c) != 1:
        ok = False
print(ok)
print([ord(chr(cp)) for cp in (0, 127, 128, 255, 256, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF)])
print(repr(chr(0xD800)), repr(chr(0xDFFF)), len(chr(0xD800)))
print(ascii(chr(0x10FFFF)), ascii(chr(0xFFFF)), ascii(chr(0x7F)), ascii(chr(0xA0)))
s = ''.join(chr(c) for c in range(0x41, 0x5B))
print(s, s.lower(), [ord(c) - 64 for c in s[:5]])
print(sorted(chr(c) for c in (0x1F600, 0x41, 0xE9, 0x3042)))

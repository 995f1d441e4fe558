for c in ['a', 'Z', '0', ' ', '\n', '\x00', 'é', '€', '日', '😀', '\U0010ffff']:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(0x263a), repr(chr(0)), repr(chr(127)), chr(0x1F600) == '😀')
print(ord(b'a'), ord(b'\xff'))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__)
for bad in ['', 'ab', b'ab', 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 98
print(chr(I()), chr(True))
print(''.join(chr(c) for c in range(97, 123)))
print([ord(c) - ord('a') for c in 'hello'])

# random: seeding with ints, floats, str, bytes and bytearray gives CPython's sequences.
import random

for s in [0, 1, 2, 5, 42, 1000, -1, -42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64,
          2**100, -2**100, 12345678901234567890123, True, False]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(32))

# Floats seed with their hash.
for s in [0.0, 1.5, -1.5, 0.1, 3.0, 1e300, -1e-300, 2.0**61, 1e22, float('inf'),
          float('-inf')]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(20))

# str, bytes and bytearray (version 2): the value and its SHA-512 digest as one big int.
for s in ['', 'a', 'hello', 'x' * 111, 'x' * 112, 'y' * 128, 'z' * 300, 'caf\u00e9 \u20ac \U0001d11e',
          b'', b'hello', b'\x00' * 5, b'\xff' * 130, bytearray(b'hello')]:
    random.seed(s)
    print(repr(s)[:24], random.random(), random.getrandbits(64))

# Version 1: the old string hash.
for s in ['', 'a', 'hello', 'caf\u00e9', b'hello', b'\xff\x00']:
    random.seed(s, version=1)
    print(repr(s), random.random())
random.seed(7, version=1)
print(random.random())
random.seed(a=7, version=2)
print(random.random())

# The same seed gives the same sequence; Random(seed) equals seed(seed).
random.seed(2024)
a = [random.random() for i in range(5)]
random.seed(2024)
print(a == [random.random() for i in range(5)])
r = random.Random(2024)
print(a == [r.random() for i in range(5)])
print(random.Random(x=2024).random() == a[0])

# No seed: different generators differ (the values vary between runs).
x = random.Random()
y = random.Random()
print(x.getrandbits(64) != y.getrandbits(64))
random.seed()
random.seed(None)
print(0.0 <= random.random() < 1.0)

for bad in [[1], (1, 2), {1: 2}, None.__class__]:
    try:
        random.seed(bad)
    except TypeError as e:
        print('TypeError', e)

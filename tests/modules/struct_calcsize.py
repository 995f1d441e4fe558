# struct: calcsize, byte-order prefixes, native alignment and padding, and format parsing.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

def show(fmt):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

for fmt in ['', ' ', '<', '@', '=', '!', '>', 'x', '3x', 'c', 'b', 'B', '?', 'h', 'H', 'i',
            'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', 's', 'p', '10s', '10p',
            '0s', '0p', '0i']:
    show(fmt)
for order in '<>!=':
    show(order + 'bhilqefd?')
# Native alignment: each item starts at a multiple of its size; 0l aligns the end.
for fmt in ['ci', 'cq', 'cqc', 'ch', 'bi', 'c?e', 'ce', 'cf', 'cd', 'cP', 'cn', 'cN', 'c0d',
            'llh', 'llh0l', 'hd', 'bhilqnNPefd?', '@ci', '=ci', '<ci', 'c3i', 'c0i', 'i c',
            '3sh', '5pq', 'x0q', 'xq']:
    show(fmt)
# Whitespace separates codes but not a count from its code; prefixes only come first.
for fmt in ['i i', '\ti\n', '2 i', '2i ', ' <i', '<<i', 'i<', 'i@', '3', 'i3', '3 ', '0',
            'Z', 'i!', '=n', '<N', '>P', '!n', '\x00', 'i\x00', b'i\x00', 'ı', 'é',
            b'\xff', b'i\x80', '-1i', '+1i', '1_0i', 'j', 'u']:
    show(fmt)
# Huge counts: struct.error, never a wrap-around.
for fmt in ['99999999999999999999i', '9999999999999999999i', '4611686018427387904i',
            '2305843009213693951i', '1152921504606846976q', '9223372036854775807x',
            '9223372036854775807c', '9223372036854775808c', '18446744073709551616c',
            '99999999999999999999999999999', '2147483647s2147483647s',
            '4611686018427387904s4611686018427387904s', '9223372036854775807s1s',
            'c9223372036854775807q', '9223372036854775800xq', '4611686018427387903h']:
    show(fmt)
for bad in [1, None, bytearray(b'i'), memoryview(b'i'), ['i']]:
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print(type(e).__name__)

# int() of bytes-like objects: bytearray and memoryview parse like bytes without a base; with
# an explicit base only str, bytes and bytearray are accepted.
print(int(bytearray(b' 42 ')), int(memoryview(b'-17')), int(memoryview(b'xx12')[2:]))
print(int(bytearray(b'ff'), 16), int(b'0x1f', 0), int(bytearray(b'1_000')))
for args in [(bytearray(b'x'),), (memoryview(b'4x'),), (memoryview(b'ff'), 16),
             (bytearray(b'zz'), 16), (b'\xff',), ([1],), (None,)]:
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# bytearray: replacing nothing with nothing in a bytearray that never held bytes (found by the
# clang UBSan build in asyncio's stream buffers, `del buf[:0]`: the copy started from NULL + 0).
for make in (bytearray, lambda: bytearray(b"x")[1:], lambda: bytearray(3)[:0]):
    ba = make()
    del ba[:0]
    del ba[:]
    ba[0:0] = b""
    ba[:] = bytearray()
    ba[5:-5] = b""
    ba[::2] = b""
    ba += b""
    ba.extend(b"")
    ba.extend([])
    ba[0:0] = memoryview(b"")
    ba *= 2
    print(ba, len(ba), ba == b"", ba.replace(b"", b"-"), ba.split(b","), bytes(ba), ba.hex())

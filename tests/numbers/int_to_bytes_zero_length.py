# 0 converts to no bytes at all, signed or not, and so (a quirk of CPython 3.11) does -1.
# Found by fuzz/difftest.

print((0).to_bytes(0, "big"), (0).to_bytes(0, "little", signed=True))
print((0).to_bytes(1, "big", signed=True), (-1).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"", "big", signed=True))
for v, n in ((1, 0), (-1, 0), (-2, 0), (-1, 2), (127, 1), (128, 1), (-128, 1), (-129, 1), (255, 1)):
    try:
        print(v, n, v.to_bytes(n, "big", signed=True))
    except OverflowError as e:
        print(v, n, "OverflowError", e)

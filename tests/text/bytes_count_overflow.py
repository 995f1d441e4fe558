# bytes(n) and bytearray(n) with n too big for an index: CPython's OverflowError message.
for f in [bytes, bytearray]:
    for n in [2 ** 70, -2 ** 70, -1, 3]:
        try:
            print(f(n))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)

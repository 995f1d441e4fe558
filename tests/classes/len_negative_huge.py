# __len__ returning a negative int is a ValueError however large the int; a positive one too
# large for an index is an OverflowError. Found by fuzz/difftest.

for v in (-1, -(2**31), -(2**68), 2**68, 0, 5):

    class L:
        def __len__(self):
            return v

    for check in (len, bool):
        try:
            print(v, check.__name__, check(L()))
        except (ValueError, OverflowError) as e:
            print(v, check.__name__, type(e).__name__, e)

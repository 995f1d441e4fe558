# time.sleep checks its argument the way CPython does: a length that does not fit CPython's
# int64 nanoseconds is OverflowError (found by fuzz_bcfile, whose clock made sleep(1e300)
# loop for ever in 100 ms slices), NaN and negative lengths ValueError.
import time

for v in [1e300, 9.3e9, float("inf"), float("nan"), -1, -1.5, -(10**30), 10**30, 10**10, 2**63, "1", None]:
    try:
        time.sleep(v)
        print(v, "slept")
    except Exception as e:
        print(v, type(e).__name__, e)
for v in [0, 0.0, False, True and 0, 0.001]:
    time.sleep(v)
    print(repr(v), "slept")

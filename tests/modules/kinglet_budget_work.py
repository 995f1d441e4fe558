# An instruction budget bounds time, not only check points: work done inside C is charged to it
# too (big-number arithmetic, allocations and collections of the heap, the slow digits of
# far-from-1 floats, the slices of a sleep, scanning long texts), so a loop that does a lot per
# check point stops early. The fuzzers' hangs were such loops (kinglet-only: see the .exp file).
import gc
import time

import kinglet


def iterations(body, budget=2000):
    n = 0
    kinglet.set_instruction_budget(budget)
    try:
        while True:
            body()
            n += 1
    except RuntimeError as e:
        kinglet.set_instruction_budget(0)
        assert str(e) == "instruction budget exhausted", e
    return n


plain = iterations(lambda: None)
print("plain loop runs hundreds of times:", 300 < plain <= 2000)
big = 7**20000
print("big multiplication:", iterations(lambda: big * big) < plain // 10)
print("big division:", iterations(lambda: big * big // (big + 1)) < plain // 10)
print("collections:", iterations(gc.collect) < plain // 10)
print("big allocations:", iterations(lambda: bytearray(200000)) < plain // 10)
print("far floats:", iterations(lambda: repr(5e-324)) < plain // 10)
print("near floats:", iterations(lambda: repr(1.5)) > plain // 2)
t = time.ticks_ms()
print("sleep:", iterations(lambda: time.sleep(100), budget=3) == 0)
print("sleep stopped early:", time.ticks_diff(time.ticks_ms(), t) < 5000)
digits = "7" * 4000
print("long int texts:", iterations(lambda: int(digits)) < plain // 10)
hay = "ab" * 100000
print("long searches:", iterations(lambda: hay.count("ba") + hay.find("c")) < plain // 10)
# Small work is not charged: small ints, short strings, a few items.
print("small work:", iterations(lambda: (12345 * 678, "ab" * 3, [1, 2, 3])) > plain // 2)

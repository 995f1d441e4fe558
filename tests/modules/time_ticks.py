# time's MicroPython tick API (kinglet-only, so pinned by an .exp file): values wrap in
# [0, 2**30) and ticks_diff gives the signed distance.
import time
a = time.ticks_ms()
print(0 <= a < 2 ** 30, 0 <= time.ticks_us() < 2 ** 30, 0 <= time.ticks_cpu() < 2 ** 30)
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), a)
print(15 <= d < 1000)
print(time.ticks_diff(5, 2 ** 30 - 5), time.ticks_diff(2 ** 30 - 5, 5), time.ticks_diff(7, 7))
print(time.ticks_add(2 ** 30 - 1, 1), time.ticks_add(0, -1), time.ticks_add(100, 2 ** 29 - 1))
try:
    time.ticks_add(0, 2 ** 29)
except OverflowError as e:
    print('OverflowError', e)
time.sleep_us(1500)
print('done')

# gc's MicroPython functions (kinglet-only, pinned by an .exp file): heap figures move the way
# allocation and collection say they should.
import gc
gc.collect()
free0, used0 = gc.mem_free(), gc.mem_alloc()
print(free0 > 0, used0 > 0)
keep = [bytearray(1000) for _ in range(50)]
print(gc.mem_alloc() >= used0 + 50000, gc.mem_free() <= free0 - 50000)
keep = None
# The collector scans the C stack conservatively, so a word a build left in a register or a
# frame may keep the last list alive (sanitizer builds do); five more lists made and dropped
# show the garbage does not pile up: at most one is still held.
for _ in range(5):
    keep = [bytearray(1000) for _ in range(50)]
    keep = None
    gc.collect()
print(gc.mem_alloc() < used0 + 2 * 50000)


# What a returned call left on the value stack is not a root: its garbage goes at once.
def churn():
    data = [bytearray(1000) for _ in range(50)]
    return len(data)


gc.collect()
before = gc.mem_alloc()
print(churn())
gc.collect()
print(gc.mem_alloc() - before < 10000)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
# With a threshold the collector runs after that many bytes, long before the heap is full.
gc.collect()
base = gc.mem_alloc()
peak = 0
for i in range(100):  # 100 KB: a heap this big collects only because of the threshold
    junk = bytearray(1000)
    peak = max(peak, gc.mem_alloc())
print(peak - base < 4096 + 2048 + 1024)
gc.threshold(-1)
print(gc.threshold())

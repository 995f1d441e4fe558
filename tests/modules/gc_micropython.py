# gc's MicroPython functions (kinglet-only, pinned by an .exp file): heap figures move the way
# allocation and collection say they should.
import gc
gc.collect()
free0, used0 = gc.mem_free(), gc.mem_alloc()
print(free0 > 0, used0 > 0)
keep = [bytearray(1000) for _ in range(50)]
print(gc.mem_alloc() >= used0 + 50000, gc.mem_free() <= free0 - 50000)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())

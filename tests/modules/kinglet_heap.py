# kinglet's heap statistics and heap lock (kinglet-only: compared with the .exp file).
try:
    import kinglet
except ImportError:
    print("SKIP")
    raise SystemExit

import kinglet
import sys

s = kinglet.heap_stats()
print(sorted(s))
print(s["total"] > 0, s["used"] > 0, s["free"] > 0)
print(s["used"] + s["free"] <= s["total"], 0 < s["max_free"] <= s["free"])
print(s["collections"] >= 0)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


def captured(f, *args):
    cap = Capture()
    old = sys.stdout
    sys.stdout = cap
    try:
        f(*args)
    finally:
        sys.stdout = old
    return "".join(cap.parts).splitlines()


for line in captured(kinglet.mem_info):
    name, _, rest = line.partition(": ")
    print(name, [kv.split("=")[0] for kv in rest.split()])
    print(all(kv.split("=")[1].isdigit() for kv in rest.split()))
lines = captured(kinglet.mem_info, True)
print(len(lines), [line.split(":")[0] for line in lines])
print([line.split("=")[0] for line in captured(kinglet.qstr_info)])

# heap_lock: allocation raises MemoryError until heap_unlock; the depth nests.
kinglet.heap_lock()
try:
    x = [1, 2, 3] + [4]
    print("allocated")
except MemoryError:
    caught = True
kinglet.heap_lock()
d1 = kinglet.heap_unlock()
d0 = kinglet.heap_unlock()
print(caught, d1, d0, kinglet.heap_unlock())
print([1, 2] + [3])

print(kinglet.stack_use() > 0)
print(type(kinglet.version).__name__, len(kinglet.version))

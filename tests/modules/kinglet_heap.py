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
print([line.split(":")[0].split(";")[0] for line in lines[:5]])

# mem_info(True) ends with the heap map: a character a block, 64 a line after the line's offset
# ('.' free, '=' the rest of a run, a letter for what a run holds), runs of free lines folded.
keep = [[1, 2, 3], (4, 5), {6: 7}, "x" * 100, 1.5]
lines = captured(kinglet.mem_info, True)
blocks = lines[5:]
print(blocks[0].split(":")[0] == "0" * len(blocks[0].split(":")[0]), len(blocks[0].split(":")[0]) >= 5)
offsets = [int(line.split(":")[0], 16) for line in blocks if not line.startswith(" ")]
print(offsets == sorted(offsets), all(o % 1024 == 0 for o in offsets))
maps = [line.split(": ")[1] for line in blocks if not line.startswith(" ")]
print(all(0 < len(m) <= 64 and set(m) <= set(".=TLDSAFIBCMYOah") for m in maps))
print(all(m[0] != "=" or i > 0 for i, m in enumerate(maps)))
print([c in "".join(maps) for c in "TLDSF"])
folded = [line for line in blocks if line.startswith(" ")]
print(all(line.strip().startswith("(") and line.strip().endswith("lines all free)") for line in folded))
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

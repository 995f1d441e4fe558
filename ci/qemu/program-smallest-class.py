# ci/qemu/program-smallest-class.py: the second raw-paste program of `ci/qemu-repl --smallest`:
# a class compiled and used in one paste, in the smallest configuration's 4 KiB heap (it ran
# out of memory there with 16-byte heap blocks; docs/footprint.md).
class Counter:
    def __init__(self, start):
        self.n = start

    def step(self):
        self.n += 1
        return self.n


c = Counter(40)
c.step()
print("class", c.step(), type(c).__name__, isinstance(c, Counter))

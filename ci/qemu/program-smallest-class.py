# ci/qemu/program-smallest-class.py: the second raw-paste program of `ci/qemu-repl --smallest`:
# a class with three methods compiled and used in one paste, in the smallest configuration's
# 4 KiB heap (it needed 4.9 KiB until the compiler let go of each method's tree once its code
# was made and its emitters shrank; docs/footprint.md).
class Counter:
    def __init__(self, start):
        self.n = start

    def step(self):
        self.n += 1
        return self.n

    def __repr__(self):
        return "Counter({})".format(self.n)


c = Counter(40)
c.step()
print("class", c.step(), c, type(c).__name__, isinstance(c, Counter))

# ci/qemu/program-smallest-class.py: the second raw-paste program of `ci/qemu-repl --smallest`:
# a class with three methods compiled and used in one paste, in the smallest configuration's
# 4 KiB heap (it needed 4.9 KiB until the compiler let go of each method's tree once its code
# was made and its emitters shrank; docs/footprint.md).
class Counter:
    def __init__(self, start):
        super().__init__()
        self.n = start

    def step(self):
        self.n += 1
        return self.n

    def __repr__(self):
        return "Counter({})".format(self.n)


c = Counter(40)
c.step()
print("class", c.step(), c, type(c).__name__, isinstance(c, Counter))



class Same(Counter):  # operators without object's __eq__, __ne__ (KL_CFG_OBJECT_DUNDERS)
    def __eq__(self, other):
        return self.n == other.n


print("eq", Same(1) == Same(1), Same(1) != Same(1), Same(1) != Same(2), c != c)

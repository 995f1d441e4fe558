# ci/qemu/program-smallest.py: the raw-paste program of `ci/qemu-repl --smallest`, sized for
# the smallest configuration (no floats, no big ints, a 4 KiB heap; docs/footprint.md).
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib", fib(20), [fib(i) for i in range(8)], 2**29 // 3)
# Ints to the edges of the small ints (no big ints at this level: 2**30 would not fit).
print("ints", (1 << 29) - 1 + (1 << 29), -2**29 * 2, divmod(-7, 2), pow(-3, 3), (-5) >> 1)
print("shifts", -1 << 30, -2 << 29, 0 << 100, 3 << 28, 5 >> 31, -5 >> 31, -5 >> 100, 7 >> 1)
# Ranges: every bound is a small int here, so they take the word path only.
m = (1 << 29) - 1 + (1 << 29)
r = range(-m - 1, m, 3)
print("range", r[-1], r[5], len(r), m - 3 in r, m - 4 in r)
print(list(range(9, 0, -4)), list(range(10, 0, -3)))
# Subscripts with ints, the only ones at this level (no slices): load, store and delete, and a
# class's __getitem__ receives the int.
class Twice:
    def __getitem__(self, i):
        return i * 2


s, t, q = "kinglet", (4, 5, 6), [1, 2, 3]
q[-1] = 7
del q[0]
print("index", s[0], s[-1], t[1], q, b"ab"[1], q.index(7, -1), t.index(6, 1, 3), Twice()[-4])
# Exception attributes read from too few arguments are None.
print(OSError("a").errno, AttributeError("x").name)

# range with bounds beyond the machine word: arithmetic on ints of any size, like CPython.
# Lengths printed stay below 2**62 or above 2**63, where kinglet and CPython agree on len().

W = 2**63
big = range(10**20)
print(big, big.start, big.stop, big.step, bool(big), big[0], big[-1], big[10**19])
print(big[::10**19], big[-10**19:], big[5:10], list(big[5:10]), big[::-1])
print(10**19 in big, 10**20 in big, -1 in big, 0 in big, True in big, big.index(10**19))
print(big.count(10**19), big.count(10**20), big.count(True), big.index(True))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: len(big))
show(lambda: big.__len__())
show(lambda: range.__len__(big))
show(lambda: len(range(-W, W)))
show(lambda: len(range(0, 10**30, 10**20)))
show(lambda: big[10**20])
show(lambda: big[-10**20 - 1])
show(lambda: big[-10**20])
show(lambda: big[1.0])
show(lambda: big['a'])
show(lambda: big.index(10**20))
show(lambda: big.index(-5))
show(lambda: big.index(True + 10**20))
show(lambda: range(10).index(2.5))
show(lambda: big[::0])
show(lambda: big[1.5:])
show(lambda: range(10**20, 'x'))
show(lambda: range(0, 10**20, 0))
show(lambda: range(0, 10**20, 10**20 - 10**20))
show(lambda: big < big)

# Negative big steps, and empty big ranges.
down = range(10**20, -10**20, -10**19)
print(down, len(down), down[0], down[-1], down[3], list(down)[:3], list(down)[-3:])
print(10**19 in down, 5 in down, -10**20 in down, -9 * 10**19 in down, down.index(-9 * 10**19))
print(list(reversed(down))[:3], down[::-1], down[::-1] == range(-9 * 10**19, 10**20 + 10**19, 10**19))
for r in [range(10**20, 0), range(0, 10**20, -1), range(-10**20, -10**20), range(W, W), range(W, 0, 10**30)]:
    print(r, bool(r), len(r), list(r), list(reversed(r)), r == range(0), hash(r) == hash(range(0)))
    show(lambda: r[0])
    show(lambda: r[-1])
    print(r[:], r[::-1], list(r[::-1]))
show(lambda: range(0, -10**30, -1)[-1])

# Iteration across 2**63 (and -2**63), forwards and backwards.
for r in [range(W - 3, W + 3), range(W + 3, W - 3, -1), range(-W - 2, -W + 2), range(-W + 2, -W - 2, -1),
          range(W - 4, W + 10, 3), range(-W - 9, W, W // 2), range(W - 1, W), range(W, W + 1)]:
    print(r, len(r), list(r), list(reversed(r)), list(r) == [r[i] for i in range(len(r))])
    it = iter(r)
    print(next(it, None), list(it))
    print(r[-1] in r, (r[-1] + r.step) in r, r.index(r[-1]), r.count(r[0]))
print(sum(range(W - 10, W + 10)), sum(range(W + 10, W - 10, -2)), max(range(-W, -W + 5)), min(range(W, W + 5)))

# Ranges at the word limits: the same iterator type as in CPython.
M = W - 1
for r in [range(M - 5, M - 1, 2), range(M - 5, M, 2), range(M), range(-1, M), range(-W, 0), range(-M, 0),
          range(-W, -W + 3), range(0, 5, -W), range(0, 5, M), range(0, -5, -M), range(M, M), range(10**20)]:
    print(r, type(iter(r)).__name__, type(reversed(r)).__name__, list(zip(r, reversed(r), range(2))))

# Slicing with big and negative indices and steps.
r = range(3, 10**20, 7)
for s in [slice(None), slice(None, None, -1), slice(-10**19, None), slice(None, -10**19, -3), slice(10**30, None, -1),
          slice(-10**30, 10**30), slice(10**30, -10**30, -1), slice(5, 2), slice(None, None, 10**19),
          slice(None, None, -10**30), slice(-1, None), slice(-2, -1), slice(2**64, 2**64 + 10)]:
    sub = r[s]
    print(s, sub, bool(sub), sub[0] if sub else None, sub[-1] if sub else None)
small = range(10)
print(small[::10**20], small[::-10**20], small[10**20:], small[-10**20:], small[:-10**20], small[W:-W:-1], small[-W::W])
print(list(small[::10**20]), list(small[::-10**20]), small[::3][::-2], list(small[::3][::-2]))
print(range(-5, 5)[W::-3], list(range(-5, 5)[W::-3]), range(0, 100, -3)[::], range(0, 100, 3)[-5:-10:-1])

# Equality and hashing ignore the bounds that do not change the items.
print(range(0, 10**20, 10**19) == range(0, 10**20 - 1, 10**19), range(5, 10**20, 10**20) == range(5, 6))
print(range(10**20) == range(10**20 + 1), range(W, W) == range(0), range(10**20) != range(0, 10**20, 2))
print(hash(range(5, 10**20, 10**20)) == hash(range(5, 6)), hash(big) == hash(range(0, 10**20, 1)))
print(len({range(W, W + 1), range(W, W + 2, 5), range(W, W + 1, 10**30)}), {big: 1}[range(0, 10**20)])

# Membership of values that are not ints: compared item by item, as in CPython.
print(2.0 in big, 2.5 in range(10), (10**19 + 0.0) in range(10**19 - 2, 10**19 + 2), 3.0 in range(W - 1, W + 5))
print(range(10**20).index(4.0), range(W, W + 3).count(float(W)), complex(2, 0) in range(5), '2' in range(5))
print(None in range(3), [] in range(3), range(5).count(1.0), range(5).count(1.5))


class Num(int):
    def __eq__(self, other):
        print('eq', int(self), other)
        return int(self) == other
    __hash__ = int.__hash__


print(Num(2) in range(4), range(4).index(Num(3)), range(3).count(Num(1)))
print(range(Num(3)), range(Num(1), Num(7), Num(2)), range(Num(3)).stop.__class__.__name__, range(Num(10))[Num(2)])
print(range(True, 5), range(False), range(0, 10, True), range(10)[True], range(10)[True:], True in range(1, 3))
print(range(4).index(True), range(4).count(False), range(1, 4).count(False), False in range(1, 4))
show(lambda: range(2, 4).index(False))
show(lambda: range(2, 4).index(10**20))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(10**20)), range(Idx(-3), Idx(10**20), Idx(10**19)), big[Idx(-1)], big[Idx(10**19)])
print(big[Idx(5):Idx(10**19):Idx(10**18)], Idx(5) in range(10), range(10).count(Idx(5)))
show(lambda: big[Idx(10**20)])
show(lambda: range(Idx(1.5)))
show(lambda: range(10).index(Idx(5)))
print(range(-W, W)[W], range(-W, W)[-1], range(-W, W)[-2 * W], range(-W, W).index(W - 1), bool(range(-W, W)))
show(lambda: range(-W, W)[2 * W])
print(repr(range(-10**20, 10**20, -3)), str(range(W, -W, -W)), range(W, -W, -W)[1], list(range(W, -W, -W)))

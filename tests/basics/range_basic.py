# range objects
for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 5), range(1, 10, 4),
          range(-5, 5, 2), range(0, -10, -1)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[:3], r[::2], r[::-1], r[1:-1], r[100:], r[-100:2], r[::-3])
print(list(r[::-1]), list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(7 in r, 8 in r, 31 in r, 3 in r, 27 in r, -1 in r, 7.0 in r, 'a' in r, True in range(2))
print(r.index(11), r.count(11), r.count(12), r.count(11.0), range(5).count(True))
for bad in [lambda: r.index(12), lambda: r.index('a'), lambda: r[7], lambda: r[-8],
            lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: range(1, 2, 3, 4),
            lambda: range(x=1), lambda: r[str(1)], lambda: len(range(-2**100, 2**100))]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == range(4), range(3) != range(3), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print(sum(range(101)), max(range(7)), list(range(3, -3, -1)), tuple(range(2)))
it = iter(range(2))
print(next(it), next(it), next(it, 'done'), iter(it) is it)
total = 0
for i in range(100000):
    total += i
print(total)
print(range(2**40, 2**40 + 3)[1], len(range(0, 2**40, 2**20)), 2**40 + 1 in range(2**40, 2**41))
print(range(True), range(False, True))

r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[1:4]), list(r[::-1]), r[10:], list(r[10:]))
print(5 in r, 6 in r, 20 in r, 2.0 in r, 'x' in r, r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(range(0), list(range(0)), range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), list(range(5, 1, -1)))
print(len(range(10, 0)), len(range(0, 10, -1)), len(range(-5, 5)), len(range(0, 100, 7)), len(range(10, -10, -3)))
print(range(3) == range(3), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(5)), min(range(3, 8)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19])
try:
    len(range(10 ** 100))
except OverflowError as e:
    print(type(e).__name__)
print(hash(range(3)) == hash(range(3)), bool(range(0)), bool(range(1)))
print(range(-3, 3)[::-2], list(range(-3, 3)[::-2]))
it = iter(range(3))
print(next(it), list(it), type(iter(range(3))).__name__)
print(range(10)[3:8:2] == range(3, 8, 2), range(10)[-3:])

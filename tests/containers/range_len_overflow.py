# Deliberate difference (docs/differences.md): len() of a range needs its length to fit a small
# int; such a range still indexes, slices, tests membership and iterates.
r = range(2 ** 62)
try:
    print(len(r))
except OverflowError as e:
    print('OverflowError', e)
print(bool(r), r[-1] == 2 ** 62 - 1, 2 ** 61 in r, r[5:8], next(iter(r)))
print(len(range(2 ** 60)))
# list() and tuple() ask for the length first (CPython's length hint), so they raise the same
# OverflowError here, where CPython runs out of memory instead.
for make in (list, tuple):
    try:
        make(r)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
# The same bound holds for a class's __len__ (CPython accepts results below sys.maxsize).
class Big:
    def __len__(self):
        return 2 ** 62
try:
    print(len(Big()))
except OverflowError as e:
    print('OverflowError', e)

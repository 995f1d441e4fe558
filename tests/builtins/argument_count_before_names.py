# Builtins check the number of arguments before the keyword names, as CPython's argument
# parsing does ("takes at most 2 keyword arguments" when none is positional).
calls = [
    lambda: sorted([], key=None, reverse=False, x=1),
    lambda: sorted([], x=1),
    lambda: sum([], start=0, x=1),
    lambda: sum([], 0, start=1),
    lambda: round(1, ndigits=1, x=1),
    lambda: round(number=1, ndigits=1, x=1),
    lambda: round(1, 2, ndigits=3),
    lambda: pow(base=1, exp=1, mod=1, x=1),
    lambda: pow(1, 2, 3, mod=4),
    lambda: print(sep='', end='', file=None, flush=False, x=1),
    lambda: min([1], key=None, default=1, x=1),
    lambda: max([1], x=1),
    lambda: enumerate([], start=0, x=1),
    lambda: enumerate([], 1, start=2),
    lambda: int('1', base=10, x=1),
    lambda: int(base=10, y=1),
    lambda: int('1', 10, base=10),
    lambda: zip([], strict=True, x=1),
    lambda: zip(x=1),
    lambda: [].sort(key=None, reverse=False, x=1),
    lambda: [].sort(1),
    lambda: [].sort(1, 2, 3),
    lambda: [].sort(1, key=None, reverse=0),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

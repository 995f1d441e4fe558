# pow(x, -1, 1) is 0 before any inverse is needed; int() with a huge base is out of range.
for a in [(3, -1, 1), (3, -1, -1), (0, -1, 1), (2, -1, -1), (4, -1, 2), (2, 3, -1), (0, -5, -1),
          (5, 0, 1), (2 ** 70, -3, 1), (3, -1, 7)]:
    try:
        print(a, pow(*a))
    except ValueError as e:
        print(a, 'ValueError', e)
for base in [2 ** 70, -2 ** 70, 37, 1, 0, 36]:
    try:
        print(base, int('10', base))
    except (ValueError, OverflowError) as e:
        print(base, type(e).__name__, e)

# math: fsum's exact rounding, hypot and dist (correctly rounded in practice), prod.
try:
    import math
except ImportError:
    print('SKIP')
    raise SystemExit

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip', math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum(x / 7 for x in range(1, 100)), math.fsum([1, 1e-16, 1e-16, 1e-16]))
print(math.fsum([-0.0, -0.0]), math.fsum([0.5, 1.5, 2.5]), math.fsum(iter([3, 4.5, 10 ** 15])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 1e308]), math.fsum([math.nan, 1]))
print(math.fsum([math.inf, math.inf]), math.fsum([math.inf, math.nan]))
vals = [((-1) ** i) * (10.0 ** (i % 30 - 15)) / (i + 1) for i in range(500)]
print(math.fsum(vals), math.fsum(vals[::-1]) == math.fsum(vals))
print(math.fsum([1.0, 2.0 ** -53, 2.0 ** -106]), math.fsum([1.0, -(2.0 ** -54), -(2.0 ** -110)]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], [math.inf, 1e308, 1e308], [-1e308, -1e308]]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

print(math.hypot(3, 4), math.hypot(3.0, 4.0, 12.0), math.hypot(1, 1), math.hypot(0.1, 0.2))
print(math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(5e-324, 5e-324))
print(math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(*range(20)), math.hypot(*[0.1] * 100))
print(math.hypot(), math.hypot(-2.5), math.hypot(0, 0), math.hypot(-0.0), math.hypot(True, 3))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, -math.inf), math.hypot(math.nan, 1))
print(math.hypot(1.7976931348623157e308, 1.0), math.hypot(10 ** 300, 10 ** 300))
print(math.hypot(*[1e-320] * 3), math.hypot(2 ** 0.5, 3 ** 0.5), math.hypot(0.3, 0.4, 1.2))
try:
    print(math.hypot(1.7976931348623157e308, 1.7976931348623157e308))
except OverflowError as e:
    print('OverflowError', e)

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((), ()))
print(math.dist((1.5,), (-2.25,)), math.dist(iter([1, 1]), (4, 5)), math.dist((0.1, 0.2), (0.3, 0.7)))
print(math.dist((math.inf, 1), (0, 0)), math.dist((math.nan, 1), (0, 0)))

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([2.5, 4]))
print(math.prod(range(1, 26)), math.prod([2] * 100, start=3), math.prod(["ab", 3]))
print(math.prod([2, "a"]), math.prod([[1], 2]), math.prod([1j, 1j]), math.prod((True, True)))
print(math.prod([1, 2], start=1.0), math.prod([10 ** 20, 10 ** 20]), math.prod(iter([5, 5])))

# More partials than fit on the C stack: one per 20 binary orders of magnitude.
wide = [2.0 ** e for e in range(-1074, 1024, 20)] + [-(2.0 ** e) for e in range(-1074, 1024, 40)]
print(math.fsum(wide), math.fsum(wide[::-1]), math.fsum(wide + [-x for x in wide]))
print(math.fsum([1e300, 1.0, -1e300] * 50), math.fsum([(-1) ** k * 2.0 ** -k for k in range(1075)]))

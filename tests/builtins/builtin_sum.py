print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1.5, 2.5]), sum(range(5), start=100), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2.0]), sum([1j, 1]), sum([True, True, True]), sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}))
for args in [(['a', 'b'], ''), ([1, 'a'],), (5,), ([[1]],), ([b'a'], b'')]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1e100, 1, -1e100]), sum([2 ** 64] * 3))

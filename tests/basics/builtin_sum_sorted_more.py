# sum with start=, float sums, and sorted with key/reverse
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum(x * x for x in range(4)), sum([2**62, 2**62, 2**62]))
print(sum([True, True, False]), sum([1.5, -1.5, 1e100, -1e100]))
for bad in (lambda: sum(['a'], ''), lambda: sum([b'a'], b''), lambda: sum(['a', 'b']),
            lambda: sum()):
    try:
        bad()
    except TypeError:
        print('TypeError')
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([-3, 2, -1], key=abs))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted([('b', 1), ('a', 1), ('c', 0)], key=lambda t: t[1]))
print(sorted(['B', 'a', 'C'], key=str.lower, reverse=True))
print(sorted({3, 1, 2}), sorted(frozenset('cab')), sorted(range(5, 0, -1)))
for bad in (lambda: sorted(), lambda: sorted([], None), lambda: sorted([], foo=1)):
    try:
        bad()
    except TypeError:
        print('TypeError')

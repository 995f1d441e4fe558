print(max(1, 2), max([1, 5, 3]), max('abc'), max((1, 2), (1, 3)), max([1.5, 2]), max(-1, -2, -3))
print(min(1, 2), min([4, 2, 8]), min('xyz'), min([[3], [1, 9]]), min(3, 1.5), min({'b': 1, 'a': 2}))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max([-5, 3], key=abs), min('Ab', key=str.lower))
print(max([], default='empty'), min([], default=None), max([1], default=0), max(iter([4, 9])))
print(max([1, 3, 3.0], key=lambda v: v), max([(1, 'a'), (1, 'b')]), max([3, 1, 3], key=lambda x: 0))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 'a'), {}), (([1, 2],), {'key': 5}), ((1, 2), {'default': 0}), (([1],), {'bogus': 1})]:
    for f in (max, min):
        try:
            f(*args, **kw)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(max(range(10 ** 6)), min(range(5, 10)), max({3: 'x', 7: 'y'}), max(True, 0), max('a', 'B'))
nan = float('nan')
print(max(1, nan), max(nan, 1), min([nan, 0]))

# tuple.index reads its start and stop as indices: None is a TypeError, as for list.index.
for seq in [(1, 2, 3, 2), [1, 2, 3, 2]]:
    for a in [(2,), (2, 2), (2, -1), (2, 0, 1), (2, None), (2, 0, None), (2, None, 2), (2, True),
              (2, 'a'), (2, 1.5), (2, -2 ** 100, 2 ** 100), (9,), (2, 3, 1), (2, -100, -1),
              (2, 10, 20), (2, -3, -1), (2, 1, -1), (2, 2 ** 100), (2, 0, -2 ** 100)]:
        try:
            print(type(seq).__name__, a, seq.index(*a))
        except (TypeError, ValueError) as e:
            print(type(seq).__name__, a, type(e).__name__, e)

print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(-3)), list(range(3, 3)))
print(range(5).start, range(5).stop, range(5).step, range(1, 2, 3))
class I:
    def __index__(self):
        return 4
print(list(range(I())), list(range(1, I())), range(True))
for args in [(), (1.5,), ('1',), (1, 2, 0), (1, 2, 3, 4), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
r = range(0, 20, 5)
print(r.index(15), r.count(5), len(r), r[-1], list(reversed(r)), r == range(0, 16, 5))
print(range(10 ** 30)[5], len(range(10 ** 3, 10 ** 4, 7)))

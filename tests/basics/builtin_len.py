# len of builtin containers and user objects
print(len(''), len('abc'), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({'a': 1, 'b': 2}), len(range(10)), len(range(3, 10, 2)))
print(len(range(10, 0, -1)), len(range(0)), len(range(5, 0)))
print(len('x' * 1000), len([0] * 500))


class L:
    def __len__(self):
        return 42


print(len(L()))
for v in [1, 2.0, None, True]:
    try:
        len(v)
    except TypeError:
        print('TypeError', type(v).__name__)

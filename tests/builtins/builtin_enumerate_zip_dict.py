names = ['ann', 'bob', 'cat']
ages = [30, 25]
print(dict(zip(names, ages)), list(enumerate(zip(names, ages), 1)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print({n: i for i, n in enumerate(names)}, dict(enumerate(names, 100)))
inv = dict(zip(*zip(*{'a': 1, 'b': 2}.items())))
print(inv)
print(list(zip(range(3), enumerate('xyz'))), [(i, c) for i, c in enumerate('hi', -1)])
keys, vals = zip(*sorted({'b': 2, 'a': 1}.items()))
print(keys, vals)
print(list(zip(*[iter(range(6))] * 2)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])), max(zip([1, 3, 2], 'abc')))

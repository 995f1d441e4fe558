print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
print([c for word in ['ab', 'cd'] for c in word])
print([x for x in range(20) if x % 2 if x % 3])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
x = 'outer'
r = [x for x in 'abc']
print(r, x)
print([y for y in range(3)] + [y * 10 for y in range(3)])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([h for h, *t in [(1, 2, 3), (4,)]])
print([t for h, *t in [(1, 2, 3), (4,)]])
print([i if i % 2 else -i for i in range(6)])
print([len(s) for s in ('', 'a', 'ab')])
data = {'a': 1, 'b': 2}
print(sorted([k * v for k, v in data.items()]))
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
print([[] for _ in range(2)])
print([i for i in range(3) for i in range(i)])

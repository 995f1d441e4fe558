print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')), list(zip([], [1])))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
log = []
def g(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
print(list(zip(g('a', 3), g('b', 2))), log)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print(list(zip(range(3), range(10, 13), range(20, 23))))

# enumerate and zip
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], 1)))
print(list(enumerate([], 5)))
for i, v in enumerate([10, 20, 30]):
    print(i, v)
for i, v in enumerate('ab', start=100):
    print(i, v)
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip([1], [2], [3])))
print(list(zip()))
print(list(zip([])))
names = ['a', 'b', 'c']
ages = [30, 40, 50]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
pairs = list(zip(range(3), range(10, 13)))
print(pairs)
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)

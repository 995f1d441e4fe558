# map, filter and zip are lazy iterator types
m = map(abs, [-1, 2, -3])
print(type(m).__name__, isinstance(m, map), iter(m) is m)
print(next(m), list(m), list(m))
print(list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))))
print(list(map(str, range(3))), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(lambda *a: sum(a), [1], [2], [3], [4], [5], [6])))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, isinstance(f, filter), list(f))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])))
z = zip('ab', [1, 2, 3])
print(type(z).__name__, isinstance(z, zip), iter(z) is z, list(z))
print(list(zip()), list(zip('abc')), list(zip([1, 2], 'xy', (True, False))))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError', e)
print(dict(zip('abc', range(3))))
try:
    map(len)
except TypeError:
    print('TypeError')
try:
    filter(len)
except TypeError:
    print('TypeError')
try:
    zip(5)
except TypeError:
    print('TypeError')
try:
    list(map(len, [1]))
except TypeError:
    print('TypeError')
gen = (x * x for x in range(4))
print(list(zip(gen, map(str, range(10)))))

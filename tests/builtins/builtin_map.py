print(list(map(str, [1, 2])), list(map(len, ['a', 'bb'])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(str.upper, 'ab')), list(map(int, '123')))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')), list(map(max, [1, 5], [4, 2])))
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
log = []
lazy = map(lambda v: log.append(v) or v, [1, 2, 3])
print(log, next(lazy), log)
print(dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())), sum(map(int, ['1', '2'])))
def inf():
    n = 0
    while True:
        yield n
        n += 1
print(list(map(lambda a, b: a * b, inf(), [5, 6, 7])))

log = []
def src(n):
    for i in range(n):
        log.append('src%d' % i)
        yield i
m = map(lambda x: x * 2, src(3))
f = filter(lambda x: x > 0, m)
z = zip(f, 'abc')
print(log)
print(next(z), log)
print(list(z), log)
e = enumerate(map(str.upper, 'xy'))
print(list(e))
r = reversed(list(map(abs, [-1, -2])))
print(list(r))
print(list(zip(*zip([1, 2], [3, 4]))))
it = iter(range(6))
print(list(zip(it, it)))
print(list(map(lambda a, b: a - b, range(5), range(5, 0, -1))))
print(list(filter(None, map(lambda v: v % 3, range(7)))))

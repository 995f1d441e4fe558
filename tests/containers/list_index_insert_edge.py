l = list('abcabc')
print(l.index('b'), l.index('b', 2), l.index('b', -3), l.index('c', 0, 3), l.index('a', -100, 100))
for args in [('b', 5), ('a', 1, 3), ('z',)]:
    try:
        l.index(*args)
    except ValueError as e:
        print(args, type(e).__name__)
m = [1, 2, 3]
m.insert(-1, 'x'); print(m)
m.insert(-10, 'front'); print(m)
m.insert(10, 'back'); print(m)
m.insert(1.0 if False else 1, 'one'); print(m)
print(m.pop(-2), m.pop(1), m)
r = [1, 2, 1, 2]
r.remove(2); print(r)
n = float('nan')
k = [n, n]
print(k.count(n), k.index(n), n in k)
print([1, 2, 3].count(True), [True, 1, 1.0].count(1), [[1], [1]].count([1]))
try:
    m.insert('x', 1)
except TypeError as e:
    print(type(e).__name__)
try:
    m.pop('0')
except TypeError as e:
    print(type(e).__name__)

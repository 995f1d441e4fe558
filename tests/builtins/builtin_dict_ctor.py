print(dict(), dict({'a': 1}), dict(a=1, b=2), dict([('a', 1), ['b', 2]]), dict({'a': 1}, b=2), dict([], c=3))
print(dict(zip(['x', 'y'], [1, 2])), dict(((1, 2), (3, 4))), dict(['ab', 'cd']), dict({}.items()))
class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(dict(M()), dict(M(), r=1))
for bad in [([1],), ([(1, 2, 3)],), (5,), ('ab',), ([['a']],)]:
    try:
        print(dict(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
d = dict(a=1)
e = dict(d)
e['b'] = 2
print(d, e, dict(d) is d)
print(dict.fromkeys(range(3), 'v'), type(dict()).__name__)
print(dict(**{'k': 'v'}), dict({1: 2}, **{'x': 3}))

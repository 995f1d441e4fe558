# itertools.groupby: keys, groups sharing the underlying iterator, invalidated groups, errors.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 8], key=lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(iterable=['a', 'bb', 'cc', 'd'], key=len)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1], None)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

# Advancing the groupby ends the previous group.
gb = groupby('aaabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(next(g1))
k2, g2 = next(gb)
print(list(g1), next(g2))
k3, g3 = next(gb)
print(list(g2), list(g3), list(gb))

# Groups kept for later are empty; sorted input groups fully.
groups = [g for k, g in groupby('aabbb')]
print([list(g) for g in groups])
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
print({k: list(g) for k, g in groupby(data, key=lambda s: s[0])})

# The key is called once per item.
calls = []
def key(x):
    calls.append(x)
    return x // 10
print([(k, len(list(g))) for k, g in groupby([1, 2, 11, 12, 13, 25], key)], calls)

# A group read to its end leaves the next group's first item in place.
gb = groupby([1, 1, 2, 2, 3])
k, g = next(gb)
print(list(g), list(g))
k, g = next(gb)
print(k, list(g))
print([(k, list(g)) for k, g in gb])
print(type(g).__name__, iter(g) is g)

class Odd:
    def __eq__(self, other):
        raise ValueError('no compare')
gb = groupby([Odd(), Odd()])
next(gb)
try:
    next(gb)
except ValueError as e:
    print('ValueError', e)

def err(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: groupby(1))
err(lambda: groupby())
err(lambda: groupby([1], x=1))
err(lambda: groupby([1], len, 3))
err(lambda: groupby([1, 2], key=len))
err(lambda: groupby([1], key=1))

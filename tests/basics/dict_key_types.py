# keys of several hashable types; equal numbers are the same key
d = {}
d[1] = 'int'
d['1'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[2.5] = 'float'
d[-7] = 'neg'
d[2 ** 80] = 'big'
print(d)
print(d[1], d['1'], d[(1, 2)], d[None], d[2.5], d[-7], d[2 ** 80])
print(d[1.0], d[True])
d[True] = 'bool'
print(d[1], len(d))
e = {0: 'zero'}
print(e[0.0], e[False], e[-0.0])
print({1: 'a', 1.0: 'b', True: 'c'})
try:
    d[[1, 2]] = 'list'
except TypeError:
    print('TypeError')
try:
    d[{}] = 1
except TypeError:
    print('TypeError')
print(((1, (2, 3)) in {(1, (2, 3)): 0}))

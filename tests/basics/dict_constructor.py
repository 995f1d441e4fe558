# dict() constructor forms
print(dict())
print(dict([('a', 1), ('b', 2)]))
print(dict(a=1, b=2))
print(dict([('a', 1)], b=2))
print(dict({'x': 1}))
print(dict((('k', 'v'),)))
print(dict(zip(['a', 'b', 'c'], [1, 2, 3])))
print(dict([['p', 1], ['q', 2]]))
print(dict(['ab', 'cd']))
orig = {'x': [1]}
copy = dict(orig)
copy['y'] = 2
print(orig, copy)
try:
    dict([('a', 1, 2)])
except ValueError:
    print('ValueError')
try:
    dict([1, 2])
except TypeError:
    print('TypeError')

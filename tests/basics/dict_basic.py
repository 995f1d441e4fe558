# dict literals, lookup, assignment
d = {'a': 1, 'b': 2}
print(d, len(d))
print(d['a'], d['b'])
d['c'] = 3
print(d)
d['a'] = 10
print(d)
print({})
print({1: 'one', 2: 'two'})
print({'x': [1, 2], 'y': {'z': None}})
e = {}
e['k'] = 'v'
print(e, len(e))
print('a' in d, 'z' in d, 'z' not in d, 1 in d)
try:
    print(d['missing'])
except KeyError as ex:
    print('KeyError', ex)
print({'a': 1, 'a': 2})

# a dict that contains itself prints as {...}
d = {}
d['self'] = d
print(d)
l = [d]
d['list'] = l
print(d)
print(l)
e = {1: {2: {3: {}}}}
print(e)
v = {}
v['vals'] = v.values()
print(v)
print(repr({'a': 'b'}), str({1: 'x'}))
print({(1, 2): None, None: True, 1.5: -1})

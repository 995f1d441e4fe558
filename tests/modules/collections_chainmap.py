# collections.ChainMap: lookups through maps, writes to the first, new_child and parents.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['size'], len(cm), sorted(cm), 'user' in cm, 'nope' in cm)
print(cm.get('nope'), cm.get('nope', 0), cm.get('user'), list(cm.keys()), list(cm.items()))
print(cm, bool(cm), bool(ChainMap()), ChainMap(), bool(ChainMap({}, {'a': 1})))
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size'), cm['size'])
try:
    cm.pop('size')
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size', 'none'))
cm['k'] = 1
print(cm.popitem())
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)

child = cm.new_child()
child['x'] = 1
print(child.maps[0], child['user'], child.parents == cm, len(child.maps))
child2 = cm.new_child({'y': 2})
print(child2.maps[0], child2['y'])
child3 = cm.new_child(z=3)
print(child3.maps[0])
print(child.parents.maps is not cm.maps, child.parents['user'])

c = cm.copy()
c['new'] = 5
print('new' in cm, c['new'], type(c).__name__)
cm.clear()
print(cm.maps[0], len(cm))

print(ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
m = ChainMap({'a': 1}, {'b': 2})
m |= {'c': 3}
print(m)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))

# Variables of nested scopes, the classic use
scope = ChainMap({'builtin': 'len'})
scope = scope.new_child({'glob': 1})
scope = scope.new_child({'loc': 2})
print(scope['builtin'], scope['glob'], scope['loc'], list(scope))

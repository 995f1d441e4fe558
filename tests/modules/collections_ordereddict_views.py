# collections.OrderedDict: the odict_keys, odict_values and odict_items views.
from collections import OrderedDict as O
o = O(a=1, b=2)
print(o.keys(), o.values(), o.items(), type(o.keys()).__name__, o.keys() & {'a'}, sorted(o.items() | {('0', 0)}))
print(list(reversed(o.keys())), list(reversed(o.items())), list(reversed(o.values())))
print(o.keys() == ['a', 'b'], o.keys() == {'a', 'b'}, len(o.values()), 'a' in o.keys(), ('a', 1) in o.items(), ('a', 2) in o.items(), 2 in o.values())
print(O().keys(), O().items(), list(o), [k for k in o.keys()], [v for v in o.values()], dict(o.items()))
k = o.keys()
o['c'] = 3
print(k, len(k))
try:
    for key in o.keys():
        o['new' + key] = 1
except RuntimeError as e:
    print('RuntimeError')
print(sorted(o.keys() - {'a'}), o.keys() ^ {'a', 'z'} == {'b', 'c', 'z', 'newa'} or True, o.keys().isdisjoint({'q'}))

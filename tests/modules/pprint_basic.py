# pprint: the one-line form when it fits, and the layouts of dicts, lists, tuples, sets, strs,
# bytes, the collections types, dataclasses and SimpleNamespace when it does not; depth,
# compact, indent, sort_dicts, underscore_numbers and recursion.
import collections
import dataclasses
import pprint
import re
import types

d = {'b': [1, 2, 3], 'a': {'z': 1, 'y': (1, 2)}, 'c': 'x' * 30}
pprint.pprint(d)
pprint.pprint(d, width=30)
pprint.pprint([list(range(10)), list(range(30))], width=40)
pprint.pprint([list(range(10)), list(range(30))], width=40, compact=True)
pprint.pprint((1,), width=1)
pprint.pprint({'key': 'a fairly long string value that will need wrapping ' * 2}, width=40)
pprint.pprint({1, 2, 3, 'x' * 80})
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(b'bytes value ' * 8, width=40)
pprint.pprint({'nested': {'deeper': {'deepest': list(range(25))}}}, width=50, indent=2)
pprint.pprint([[1, [2, [3, [4]]]]], depth=2)
pprint.pprint(collections.OrderedDict(a=1, b=list(range(30))), width=40)
pprint.pprint(collections.Counter('abracadabra' * 5), width=30)
pprint.pprint(collections.defaultdict(list, {'k': list(range(30))}), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(range(30)), width=40, compact=True)


@dataclasses.dataclass
class Pt:
    x: int
    y: list
    label: str = 'point'


pprint.pprint(Pt(1, list(range(20)), 'a label that is long'), width=40)
pprint.pprint(types.SimpleNamespace(a=1, b=list(range(30)), c='x'), width=40)
l = [1, 2]
l.append(l)
print(re.sub(r"id=[0-9]+", "id=N", pprint.pformat(l)))
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.pformat({'x': 10**10}, underscore_numbers=True), pprint.saferepr({'b': 1, 'a': [2]}))
pprint.pp({'b': 1, 'a': 2})
pprint.pprint('a short string')
pprint.pprint('line one\nline two is long ' * 6, width=40)
pprint.pprint(['a long string element with several words in it ' * 2], width=40)
pprint.pprint(bytearray(b'some bytes ' * 8), width=40)
print(pprint.pformat([{'a': 1, 'b': 2}] * 4, width=30))
pprint.pprint({('tuple', 'key'): [1] * 30, 'str': None, 3: {}}, width=60, compact=True)
pp = pprint.PrettyPrinter(indent=4, width=40)
pp.pprint({'k%d' % i: list(range(i)) for i in range(8)})
print(pp.pformat(set(range(12))))
pprint.pprint({'a': [], 'b': (), 'c': set(), 'd': '', 'e': b''})
pprint.pprint(list(range(40)), width=30, compact=True, indent=3)
for o in [collections.OrderedDict(), collections.deque(), collections.Counter(), collections.defaultdict(list),
          set(), frozenset(), '', [], {}, (), b'', types.SimpleNamespace()]:
    pprint.pprint(o, width=1)

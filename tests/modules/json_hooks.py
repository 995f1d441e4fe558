# json: the decoding hooks (object_hook, object_pairs_hook, parse_*) and the default= encoder hook.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

text = '{"a": 1, "b": {"c": [1.5, 2]}, "a": 3, "d": {}}'

# object_hook gets each dict, innermost first, and its result takes the dict's place.
seen = []
def hook(d):
    seen.append(dict(d))
    return ('obj', sorted(d.items()))
print(json.loads(text, object_hook=hook))
print(seen)

# object_pairs_hook gets the pairs in order, duplicates kept, and wins over object_hook.
print(json.loads(text, object_pairs_hook=lambda pairs: pairs))
print(json.loads(text, object_pairs_hook=list, object_hook=hook))
print(json.loads('{}', object_pairs_hook=lambda p: ('empty', p)), json.loads('{}', object_hook=len))
print(json.loads('[{"x": 1}, {"y": {"z": 2}}]', object_hook=lambda d: list(d)))

# parse_float and parse_int get the number's text; parse_constant the name of the constant.
print(json.loads('[1, -2, 3.0, 4e2, -0.5E-1, 10]', parse_float=lambda s: 'F' + s,
                 parse_int=lambda s: 'I' + s))
print(json.loads('[1.1, 2]', parse_float=str, parse_int=float))
print(json.loads('[1.1, 2]', parse_float=float, parse_int=int))
print(json.loads('[1.1, 2]', parse_float=None, parse_int=None, object_hook=None))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: '<' + s + '>'))
print(json.loads('{"x": NaN}', parse_constant=len))
v = json.loads('[NaN, Infinity, -Infinity]')
print(v[0] != v[0], v[1], v[2])

# A hook's exception passes through unchanged.
def bad(x):
    raise KeyError('from hook')
for kw in ['object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant']:
    try:
        json.loads('[1, 2.5, NaN, {"a": 1}]', **{kw: bad})
    except KeyError as e:
        print(kw, 'KeyError', e)

# default= turns unknown objects into something encodable, recursively.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('no: ' + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}, 1j, {'p': Point(Point(0, 0), [frozenset()])}],
                 default=default))
print(json.dumps({'a': Point(1, 2)}, default=default, indent=1, sort_keys=True))
try:
    json.dumps([object()], default=default)
except TypeError as e:
    print('TypeError', e)
print(json.dumps(b'abc', default=lambda b: b.decode()))
print(json.dumps([1, Point(1, 2)], default=lambda o: 'P'))
try:
    json.dumps(Point(1, 2), default=None)
except TypeError as e:
    print('TypeError', e)

# default returning the object itself is a circular reference.
try:
    json.dumps(Point(1, 2), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps([Point(1, 2)], default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)

# Circular references in lists and dicts.
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
m = [{'x': []}]
m[0]['x'].append(m)
for v in [a, d, m, [d]]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
    try:
        json.dumps(v, indent=2)
    except ValueError as e:
        print('ValueError', e)
# The same object twice is not a cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
# Without the check, a cycle ends in RecursionError.
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')

# Subclasses of the JSON types encode as their base type.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s"'), MyList([1, MyList()]), MyTuple((1, 2)),
                  MyDict(a=MyDict(), b=[])]))
print(json.dumps({MyStr('k'): 1, MyInt(7): 2, MyFloat(0.5): 3}))
print(json.dumps(MyDict(b=1, a=2), sort_keys=True), json.dumps(MyDict(), indent=2))

class ItemsDict(dict):
    def items(self):
        return [('only', 'this')]
print(json.dumps(ItemsDict(a=1)))
class BadItems(dict):
    def items(self):
        return [('a', 1, 2)]
try:
    json.dumps(BadItems(a=1))
except ValueError as e:
    print('ValueError', e)

# False values for the parse hooks mean the defaults (the decoder writes `parse_float or float`).
print(json.loads('[1.5, 2, NaN]', parse_float=0, parse_int='', parse_constant=None))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int, object_pairs_hook=None))
print(json.loads('"\x01"', strict=None), json.loads('"\x02"', strict=0))

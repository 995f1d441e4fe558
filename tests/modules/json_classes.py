# json.JSONEncoder and json.JSONDecoder: options as attributes, subclassing, and cls= of dumps/loads.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

E = json.JSONEncoder
D = json.JSONDecoder
print(repr(E), E.__module__, repr(E.item_separator), repr(E.key_separator))
print(repr(D), D.__module__)
print(json.__all__)
import json.encoder
import json.decoder
print(json.encoder.JSONEncoder is E, json.decoder.JSONDecoder is D)
from json.encoder import JSONEncoder
from json.decoder import JSONDecoder
print(JSONEncoder is E, JSONDecoder is D)

# The encoder's options are attributes.
e = E()
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent,
      repr(e.item_separator), repr(e.key_separator))
e = E(indent=2)
print(e.indent, repr(e.item_separator), repr(e.key_separator))
e = E(separators=(';', '='), default=repr, sort_keys=1, skipkeys=[1])
print(e.item_separator, e.key_separator, e.default is repr, e.sort_keys, e.skipkeys)
print(e.encode({'b': {1, 2} if False else (1,), 'a': E}))
print(E().encode('x\u00e9'), E(ensure_ascii=False).encode('x\u00e9'), E().encode(1.5))
print(E(indent='  ', sort_keys=True).encode({'b': [1, {}], 'a': None}))
print(''.join(E().iterencode([1, 2, {'a': None}])), ''.join(E(indent=1).iterencode([1])))
# Changing an attribute changes the output.
e = E()
e.indent = 1
e.item_separator = ';'
e.key_separator = '->'
print(e.encode({'a': [1, 2]}))
e.ensure_ascii = False
print(e.encode(['é']))
try:
    E().default(1)
except TypeError as x:
    print('TypeError', x)
for args, kw in [((1,), {}), ((), {'foo': 1}), ((), {'separators': (1,)})]:
    try:
        E(*args, **kw)
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)

# Subclasses override default(); cls= passes every option on.
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({'b': {2}, 'a': 1}, cls=SetEncoder, sort_keys=True, indent=2))
print(SetEncoder(separators=(',', ':')).encode([frozenset([5, 4])]))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as x:
    print('TypeError', x)

class Recorder(json.JSONEncoder):
    def __init__(self, **kw):
        print('init', sorted(kw.items(), key=lambda kv: kv[0]))
        super().__init__(**kw)

print(json.dumps([1], cls=Recorder))
class Extra(json.JSONEncoder):
    def __init__(self, *, shout=False, **kw):
        super().__init__(**kw)
        self.shout = shout
    def encode(self, o):
        s = super().encode(o)
        return s.upper() if self.shout else s
print(json.dumps(['a', 'b'], cls=Extra, shout=True), json.dumps(['a'], cls=Extra))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
json.dump({'s': {1}}, w, cls=SetEncoder, indent=1)
print(''.join(w.parts))
w = Writer()
json.dump(['x'], w, cls=Extra, shout=True)
print(''.join(w.parts))
try:
    json.dump([1], Writer(), unknown=1)
except TypeError as x:
    print('TypeError', x)

# The decoder's options are attributes too.
d = D()
print(d.object_hook, d.parse_float, d.parse_int, d.strict, d.object_pairs_hook)
print(d.parse_constant('NaN') != d.parse_constant('NaN'), d.parse_constant('-Infinity'))
d = D(parse_float=str, strict=False, object_pairs_hook=list)
print(d.parse_float, d.strict, d.decode('{"a": ["\x01", 1.5]}'))
print(D(parse_float=0, parse_int='').decode('[1.5, 2]'))
print(D().decode(' [1, 2] '), D().decode('"é😀"'))
for s in ['[1] x', '', '{"a" 1}']:
    try:
        D().decode(s)
    except json.JSONDecodeError as x:
        print('JSONDecodeError', x)
for v in [b'1', 1]:
    try:
        D().decode(v)
    except TypeError as x:
        print('TypeError', x)

# raw_decode: a value at an index, and where it ends.
d = D()
print(d.raw_decode('[1] x'), d.raw_decode('x[1]', 1), d.raw_decode('"é"  ', 0))
print(d.raw_decode('é😀 {"k": 1} rest', 3), d.raw_decode('12 34', idx=3))
for args in [(' 1',), ('1', -1), ('1', 5), ('é', 1), ('é', 2), (b'1',), ('1', 'x'), ('1', 1.0), ('1', True), ('12', True)]:
    try:
        print(d.raw_decode(*args))
    except (json.JSONDecodeError, ValueError, TypeError) as x:
        print(type(x).__name__, x)

# A decoder subclass through loads(cls=...), with the hooks loads() was given.
class SortedKeys(json.JSONDecoder):
    def __init__(self, **kw):
        print('init', sorted(kw))
        kw['object_hook'] = lambda d: sorted(d)
        super().__init__(**kw)

print(json.loads('{"b": 1, "a": 2}', cls=SortedKeys))
print(json.loads('[1.5, {"z": 0}]', cls=SortedKeys, parse_float=str, strict=False))
print(json.loads(b'[1]', cls=SortedKeys))
class Reader:
    def read(self):
        return '{"y": 1, "x": 2}'
print(json.load(Reader(), cls=SortedKeys))
print(json.loads('[1]', cls=None), json.dumps([1], cls=None))
try:
    json.loads('[1]', unknown=1)
except TypeError as x:
    print('TypeError', x)

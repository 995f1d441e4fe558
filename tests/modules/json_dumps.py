# json.dumps: every JSON type, the formatting options, key conversion and float text.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

# Scalars and containers with the default options.
for v in [None, True, False, 0, 1, -1, 2**62, -2**64, 10**40, 0.0, -0.0, 1.5, 0.1, 1e16, 1e-5,
          1e22, 123456789.125, 5e-324, 1.7976931348623157e308, float('nan'), float('inf'),
          -float('inf'), '', 'abc', [], (), {}, [1, 'a', None], (1, (2, 3)), {'a': 1, 'b': [1, 2]}]:
    print(repr(v), '->', json.dumps(v))

# Strings: escapes, control characters, DEL, non-ASCII, astral characters and lone surrogates.
s = 'q"b\\s/\b\f\n\r\t\x00\x01\x1f\x7f é\u2028€😀\U0010ffff\ud800\udfff'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False).encode('utf-8', 'backslashreplace'))
print(json.dumps({'é': 'ü'}), json.dumps({'é': 'ü'}, ensure_ascii=False) == '{"é": "ü"}')
print(json.dumps('x' * 300 + 'é' + 'y' * 300)[290:320])

# Keys that are not strings become strings; order is kept.
print(json.dumps({1: 'int', 1.5: 'float', None: 'n', 'k': 'str', -0.0: 'negzero', 10**20: 'big',
                  float('inf'): 'inf', -float('inf'): '-inf', float('nan'): 'nan', -7: 'neg'}))
print(json.dumps({True: 't', False: 'f', 1e100: 'e', 2.5e-8: 'small'}))
print(json.dumps({(1, 2): 'tuple', 'a': 1, frozenset(): 2, 'b': 2}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True), json.dumps({(1, 2): 'x', 3: 4}, skipkeys=True))

# sort_keys sorts the pairs.
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}, 'c': [3, {'z': 0, 'y': 1}]}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))

# indent: an int (spaces), 0 and negative (newlines only), a str; empty containers stay short.
data = {'a': [1, 2, {'b': None}], 'c': {}, 'd': [], 'e': 'x', 'f': [[]]}
for ind in [None, 0, 1, 4, -2, '', '\t', '--', True]:
    print(repr(ind))
    print(json.dumps(data, indent=ind))
print(json.dumps([1, [2, 3]], indent=2, separators=(', ', ': ')).replace(' ', '.'))
print(json.dumps({(1, 2): 1}, skipkeys=True, indent=2).replace(' ', '.'))
print(json.dumps({(1, 2): 1, 'k': 2}, skipkeys=True, indent=2).replace(' ', '.'))

# separators: (item, key), any pair of strings.
print(json.dumps({'a': [1, 2], 'b': 3}, separators=(',', ':')))
print(json.dumps({'a': [1, 2], 'b': 3}, separators=[' , ', ' = ']))
print(json.dumps({'a': [1, 2]}, indent=1, separators=(';', '=>')))
print(json.dumps([1, 2], separators=iter((';', ':'))))

# allow_nan=False refuses non-finite floats, as values and as keys.
for v in [float('nan'), float('inf'), -float('inf'), [1, float('inf')], {float('nan'): 1},
          {'a': float('-inf')}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([1.5, {2.5: 3}], allow_nan=False))

# Errors.
class Thing:
    pass

for v in [{1, 2}, b'bytes', Thing(), [1, 2, Thing()], {'a': {'b': 1j}}, bytearray(b'x'),
          range(3), print]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print('TypeError', e)
for v in [{(1, 2): 3}, {b'k': 1}, {Thing(): 1}, {'a': {frozenset(): 1}}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps([1], separators=(',', 2))
except TypeError as e:
    print('TypeError', e)
for seps in [(',',), (',', ':', ';')]:
    try:
        json.dumps([1], separators=seps)
    except ValueError as e:
        print('ValueError', e)

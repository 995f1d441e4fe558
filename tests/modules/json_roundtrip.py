# json: values survive dumps then loads, with every option; deep nesting hits the recursion limit.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

values = [
    None, True, False, 0, -1, 2**100, -3**50, 0.5, -1e-300, 1.7976931348623157e308, 5e-324,
    0.1 + 0.2, 1 / 3, 'plain', '', 'é€😀\x00\x1f"\\/\n', '\ud800',
    [], {}, [[], [[]], {}], {'a': [1, {'b': [None, True]}], 'c': 'd'},
    {'nested': {'deeper': {'deepest': [1.25, -0, 'x' * 50]}}},
    [i * 1.1 for i in range(20)], {str(i): i for i in range(30)},
]
for v in values:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')},
               {'sort_keys': True, 'indent': '\t'}]:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        if back != v:
            print('MISMATCH', repr(v), kw, s)
    print(json.dumps(v)[:70])

# Tuples come back as lists, non-str keys as strings.
print(json.loads(json.dumps((1, (2, 3)))), json.loads(json.dumps({1: 2, None: 3, 1.5: 4})))

# Floats print as repr and read back exactly.
fs = [0.1 * i for i in range(-50, 50)] + [2.0 ** e for e in range(-1074, 1024, 37)]
fs += [1 / x for x in range(1, 200)] + [3.141592653589793, 2.718281828459045, 1e16, 1e15, 123456789e-20]
print(all(json.loads(json.dumps(f)) == f for f in fs), len(fs))
print(json.loads(json.dumps(fs)) == fs)
print(json.dumps([1e16, 1e15, 1.5e-7, 100.0, -2.5e+20]))

# Non-finite floats round-trip through NaN and Infinity.
v = json.loads(json.dumps([float('inf'), -float('inf'), float('nan')]))
print(v[0], v[1], v[2] != v[2])

# Big documents.
big = {'items': [{'id': i, 'name': 'item%d' % i, 'tags': ['t%d' % (i % 7)] * (i % 3),
                  'price': i * 0.25, 'ok': i % 2 == 0, 'none': None} for i in range(150)]}
s = json.dumps(big)
print(len(s), json.loads(s) == big)
s = json.dumps(big, indent=4, sort_keys=True)
print(len(s), json.loads(s) == big, s.count('\n'))
s = json.dumps(['é' * 1000, '😀' * 1000])
print(len(s), json.loads(s) == ['é' * 1000, '😀' * 1000])

# Nesting up to a few hundred levels is fine; far deeper is a RecursionError, not a crash.
for n in [100, 500]:
    v = []
    for i in range(n):
        v = [v, {'k': i}]
    print(n, json.loads(json.dumps(v)) == v, json.loads(json.dumps(v, indent=1)) == v)
for text in ['[' * 5000 + ']' * 5000, '{"a":' * 5000 + '1' + '}' * 5000, '[' * 100000,
             '[{"a":' * 3000]:
    try:
        json.loads(text)
        print('ok')
    except RecursionError as e:
        print('RecursionError', e)
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
deep = {}
for i in range(5000):
    deep = {'a': deep}
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.dumps(deep, indent=2)
except RecursionError as e:
    print('RecursionError')
# The interpreter is fine afterwards.
print(json.loads(json.dumps({'after': [1, 2, 3]})))

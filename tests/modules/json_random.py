# json: dumps of generated values with every combination of options, and loads of the result.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

seed = 12345

def rnd(n):
    # A small linear congruential generator: the same values on every interpreter.
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

chars = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '€', '😀',
         '\u2028', '\ud800', '0']

def gen_str():
    return ''.join(chars[rnd(len(chars))] for _ in range(rnd(6)))

def gen_scalar():
    k = rnd(9)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(2000) - 1000
    if k == 3:
        return (rnd(1000) - 500) * 10 ** rnd(30)
    if k == 4:
        return (rnd(20000) - 10000) / (1 + rnd(999))
    if k == 5:
        return float(rnd(100)) * 10.0 ** (rnd(40) - 20)
    if k == 6:
        return [0.0, -0.0, 1e16, 1e-7, 5e-324, 1.7976931348623157e308][rnd(6)]
    return gen_str()

def gen_key():
    k = rnd(6)
    if k == 0:
        return rnd(100) - 50
    if k == 1:
        return rnd(100) / 8
    if k == 2:
        return [True, False, None][rnd(3)]
    return gen_str()

def gen(depth):
    k = rnd(6) if depth < 4 else 0
    if k <= 2:
        return gen_scalar()
    if k == 3:
        return [gen(depth + 1) for _ in range(rnd(4))]
    if k == 4:
        return tuple(gen(depth + 1) for _ in range(rnd(3)))
    return {gen_key(): gen(depth + 1) for _ in range(rnd(4))}

options = [
    {},
    {'ensure_ascii': False},
    {'indent': 2},
    {'indent': 0, 'separators': (',', ':')},
    {'indent': '\t', 'ensure_ascii': False},
    {'separators': (' ,', ' : ')},
    {'check_circular': False, 'allow_nan': True},
]
for i in range(150):
    v = gen(0)
    for kw in options:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        print(ascii(s))
        print(ascii(back))
    # sort_keys sorts by key, which mixes types only when the keys do.
    try:
        print(ascii(json.dumps(v, sort_keys=True)))
    except TypeError as e:
        print('TypeError')

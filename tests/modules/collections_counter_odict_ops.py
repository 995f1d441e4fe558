# collections.Counter and OrderedDict: pseudo-random operations compared with CPython.
from collections import Counter, OrderedDict
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
keys = 'abcdef'
for trial in range(30):
    a = Counter({keys[rnd(6)]: rnd(7) - 3 for _ in range(rnd(5))})
    b = Counter(keys[rnd(6)] for _ in range(rnd(8)))
    print(a, b, a + b, a - b, a | b, a & b, +a, -a, a == b, a <= b, a >= b, a < b)
    c = a.copy()
    c.update(b)
    c.subtract(keys[rnd(6)] * rnd(3))
    c[keys[rnd(6)]] += rnd(3)
    print(c, c.most_common(rnd(4)), c.total(), sorted(c.elements()))
    c += b
    c -= a
    print(c)
    c |= Counter(a=rnd(3))
    c &= Counter({k: 2 for k in keys[:3]})
    print(c)
    o = OrderedDict((keys[rnd(6)], i) for i in range(rnd(7)))
    for step in range(8):
        op = rnd(5)
        k = keys[rnd(6)]
        try:
            if op == 0: o.move_to_end(k, last=bool(rnd(2)))
            elif op == 1: print(o.popitem(last=bool(rnd(2))))
            elif op == 2: o[k] = step
            elif op == 3: print(o.pop(k))
            else: print(o.setdefault(k, -1))
        except KeyError as e:
            print('KeyError', e)
    print(o, list(reversed(o)))

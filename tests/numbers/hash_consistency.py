pairs = [(1, 1.0), (1, 1 + 0j), (0, 0.0), (0, -0.0), (0, 0j), (-1, -1.0), (2 ** 60, float(2 ** 60)),
         (True, 1), (False, 0), (10 ** 20, 1e20), (-(2 ** 70), -float(2 ** 70)), (3.5, 3.5 + 0j)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2))
d = {1: 'int'}
d[1.0] = 'float'
d[1 + 0j] = 'complex'
d[True] = 'bool'
print(d, len(d))
s = {0, 0.0, -0.0, 0j, False}
print(len(s))
print({1.5: 'a'}[1.5], {2: 'x'}.get(2.0), {2.0: 'y'}.get(2))
print(1.5 in {1.5}, 2 in {2.0}, 3j in {3j})
print(hash(float('inf')) == hash(float('inf')), hash(1.5) == hash(1.5))
print(len({float('nan'), float('nan')}))
n = float('nan')
print(n in [n], n == n, len({n, n}))
print(hash(10 ** 30) == hash(10 ** 30), hash(-5) == hash(-5))
print(divmod(7, 2), divmod(7.0, 2), divmod(-7, 2), divmod(-7.0, 2), divmod(7, -2.0))
print(abs(-3), abs(-3.5), abs(3 - 4j), abs(-0.0), abs(True), abs(-2 ** 70))
print(7 // 2 == 7.0 // 2, -7 // 2 == -7.0 // 2, 7 % -3 == 7.0 % -3)
print(1 == 1.0 == 1 + 0j, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)

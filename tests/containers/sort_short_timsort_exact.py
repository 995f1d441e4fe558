# Short lists sort exactly as CPython's timsort: the same result for inconsistent orders (NaN)
# and the same __lt__ calls.
nan = float('nan')
x = 7
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2 ** 31
    return x % n
for trial in range(300):
    n = rnd(20)
    data = []
    for i in range(n):
        r = rnd(10)
        data.append(nan if r == 0 else float(r % 5))
    rev = rnd(2) == 1
    out = sorted(data, reverse=rev)
    l = data[:]
    l.sort(reverse=rev)
    assert repr(l) == repr(out)
    print(rev, data, out)
calls = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return 'C%d' % self.v
for trial in range(60):
    n = rnd(12)
    items = [C(rnd(6)) for _ in range(n)]
    calls.clear()
    rev = rnd(2) == 1
    r = sorted(items, reverse=rev)
    print(rev, items, r, calls)
for trial in range(40):
    n = rnd(63) + 1
    data = [rnd(100) for _ in range(n)]
    print(sorted(data, key=lambda v: (v % 7, nan if v % 11 == 0 else v)) == sorted(data, key=lambda v: (v % 7, nan if v % 11 == 0 else v)))
    print(sorted(data, key=lambda v: nan if v % 5 == 0 else v, reverse=rnd(2) == 1))
# key raising during a reverse sort leaves the list as it was
l = [3, 1, 2]
try:
    l.sort(key=lambda v: 1 / (v - 2), reverse=True)
except ZeroDivisionError:
    print('ZeroDivisionError', l)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 9 or o.v == 9:
            raise ValueError('bad')
        return self.v < o.v
    def __repr__(self):
        return 'B%d' % self.v
for rev in [False, True]:
    l = [Bad(v) for v in [5, 3, 9, 1, 4, 2]]
    try:
        l.sort(reverse=rev)
    except ValueError:
        print('ValueError', l)
# long lists still sort stably both ways
big = [(rnd(10), i) for i in range(500)]
print(sorted(big, key=lambda t: t[0]) == sorted(big, key=lambda t: (t[0], t[1])))
print(sorted(big, key=lambda t: t[0], reverse=True) == sorted(big, key=lambda t: (-t[0], t[1])))

# array: slice reads, assignment and deletion, and comparisons.
try:
    from array import array
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
for s in [slice(None), slice(2, 5), slice(None, None, 2), slice(8, 1, -3), slice(-3, None),
          slice(1, 9, 3), slice(5, 2), slice(None, None, -1)]:
    a = array('i', base)
    print(a[s])
    del a[s]
    print(a)
    a = array('h', base)
    n = len(range(10)[s])
    if s.step in (None, 1):
        a[s] = array('h', [100, 200, 300])
    else:
        a[s] = array('h', range(100, 100 + n))
    print(a)
a = array('i', [1, 2, 3])
a[1:2] = a
print(a)
a[0] = 7
a[-1] = 8
del a[1]
print(a)
t(a.__setitem__, slice(0, 1), [1])
t(a.__setitem__, slice(0, 1), array('h', [1]))
t(a.__setitem__, slice(0, 4, 2), array('i', [1]))
t(a.__getitem__, 10)
t(a.__getitem__, 'x')
t(a.__setitem__, 10, 1)
t(a.__delitem__, 10)
for x, y in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1], [1, 0]), ([2], [1, 5]), ([], [])]:
    p, q = array('i', x), array('d', y)
    print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(array('d', [float('nan')]) == array('d', [float('nan')]), array('i') == [])
print(array('b', [1, 2]) == array('d', [1, 2]), array('u', 'ab') < array('u', 'b'))
t(hash, array('i'))

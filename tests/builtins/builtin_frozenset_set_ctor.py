print(sorted(set([3, 1, 2, 3])), sorted(set('hello')), set(), sorted(set({'a': 1, 'b': 2})), sorted(set(range(3))))
print(sorted(frozenset([1, 1, 2])), frozenset(), frozenset('') == frozenset(), type(frozenset()).__name__)
s = set([1])
f = frozenset(s)
s.add(2)
print(sorted(s), sorted(f))
print(frozenset(f) is f or frozenset(f) == f, set(f) == f)
for bad in (5, None):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        frozenset(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__)
print(sorted(set(x % 4 for x in range(10))), len(set(str(i) for i in range(100))))
print(set(frozenset([1, 2])) == {1, 2}, {frozenset(): 1}[frozenset()])

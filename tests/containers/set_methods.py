s = set()
s.add(1); s.add(2); s.add(1)
print(sorted(s), len(s))
s.discard(5); s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.update('ab')
print(sorted(s, key=str))
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
c.clear()
print(c, len(c), bool(c))
print(set([1, 2, 2]), set('aa'), set(range(3)) == {0, 1, 2}, set({'k': 1}))
print(repr(set()), repr({1}), str({'x'}), repr(frozenset()), repr(frozenset({2})))
t = {3, 1, 2}
print(sorted(t), min(t), max(t), sum(t), 2 in t, 5 not in t)
out = []
for x in sorted(t):
    out.append(x * 10)
print(out)
try:
    for x in t:
        t.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print({1, 2}.__contains__(1), {1, 2}.__len__())
try:
    {1}.add([])
except TypeError as e:
    print(type(e).__name__)
print(set.__name__, type({1}).__name__, type(set()).__name__, type({}).__name__)

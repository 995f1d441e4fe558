s = {x % 5 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({c.lower() for c in 'HeLLo'}))
d = {k: v for k, v in zip('abc', range(3))}
print(d)
print({v: k for k, v in d.items()})
print({i: i * i for i in range(5) if i % 2})
print({(i, j): i + j for i in range(2) for j in range(2)})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
print({k: v for k, v in [('a', 1), ('a', 2), ('b', 3)]})
print({x for x in []}, {k: k for k in ''})
print(len({i // 3 for i in range(9)}))
# key evaluated before value (3.8+)
log = []
def k(x):
    log.append('k%d' % x); return x
def v(x):
    log.append('v%d' % x); return x
print({k(i): v(i) for i in range(2)})
print(log)
print({n: {m for m in range(n)} == set(range(n)) for n in range(3)})
nested = {a: {b: a * b for b in range(2)} for a in range(2)}
print(nested)
try:
    {[i]: i for i in range(1)}
except TypeError as e:
    print(type(e).__name__)
try:
    {[i] for i in range(1)}
except TypeError as e:
    print(type(e).__name__)

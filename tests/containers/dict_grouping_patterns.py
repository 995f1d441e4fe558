words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot', 'kiwi']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
by_len = {}
for w in words:
    by_len[len(w)] = by_len.get(len(w), 0) + 1
print(sorted(by_len.items()))
nested = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = nested
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(nested)
def flatten(d, prefix=''):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict) and v:
            out.update(flatten(v, key + '.'))
        else:
            out[key] = v
    return out
print(flatten(nested))
matrix = {(i, j): i * j for i in range(3) for j in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 2))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
    return r
print(fib(80), len(memo))
print(dict(zip(words[:3], map(len, words[:3]))))

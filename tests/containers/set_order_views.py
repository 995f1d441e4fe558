# view | x, view - x and view ^ x start from a set made as CPython makes it: a keys view is read
# as its dict (the table sized for all its keys at once), anything else is iterated; then the
# other operand is added, removed or flipped. The order of the result follows.
d = dict.fromkeys([64, 0, 128, 32, 96, 8, 16])
e = dict.fromkeys([16, 200, 8, 72, 1000])
k = d.keys()
print(k | e.keys(), k & e.keys(), k - e.keys(), k ^ e.keys())
print(k | {5, 69}, k & {0, 64, 8}, k - {0}, k ^ {0, 1, 65})
print({5, 69} | k, {0, 64, 8, 16, 32, 99} & k, {0, 1, 2, 64} - k, {0, 1, 65} ^ k)
print(k | [3, 67], k & [64, 0, 8], k - [0], k ^ [1, 65], [3, 67] | k, (0, 8) ^ k)
it = dict(zip(range(0, 80, 8), range(10))).items()
print(it | {(0, 0), (5, 5)}, it & {(8, 1), (16, 2)}, it - {(0, 0)}, it ^ {(8, 1), (9, 9)})
try:
    k | 5
except TypeError as exc:
    print("TypeError", exc)

# items ^ items: the right dict's pairs that differ, then the left dict's that remain.
a = dict(zip(range(0, 80, 8), range(10)))
b = dict(zip(range(0, 120, 12), range(10)))
print(a.items() ^ b.items())
print(b.items() ^ a.items())
print(a.items() ^ {(0, 0), (1, 1)}, {(0, 0), (1, 1)} ^ a.items())
import random

random.seed(5)
for _ in range(5):
    x = {random.randrange(40): random.randrange(3) for _ in range(random.randrange(12))}
    y = {random.randrange(40): random.randrange(3) for _ in range(random.randrange(12))}
    print(list(x.items() ^ y.items()), list(x.keys() ^ y.keys()), list(x.keys() - y.keys()))
try:
    {1: []}.items() ^ {2: 0}.items()
except TypeError as exc:
    print("TypeError", exc)

# Sets iterate (and print) in CPython's order, the order of the slots of its hash table: small
# ints by value modulo the table size, collisions probed as CPython probes them.
s = set()
for x in [3, 1, 2]:
    s.add(x)
print(list(s), s)
s.add(0)
s.discard(1)
print(list(s), sorted(s))
print(frozenset([9, 5, 7]), {5, 3} | {1, 4}, {1, 2, 3} & {3, 2})
print(list(set([10, 2, 30, 2])), set(range(10, 0, -1)))

# Collisions in a table of 8: 1, 9, 17 and 25 all hash to slot 1.
s = set()
for x in [1, 9, 17, 25, 33, 41]:
    s.add(x)
    print(list(s))

# Growth: a table of 8 grows when it is 3/5 full, to the next power of two above 4x the members.
s = set()
for x in range(0, 400, 7):
    s.add(x)
print(list(s))

# Removed members leave dummies; a later insertion may take one.
s = set(range(4))
s.discard(1)
s.add(9)
print(list(s))
s = set(range(8))
s.discard(2)
s.add(33)
print(list(s))
s = set(range(40))
while len(s) > 3:
    s.pop()
print(list(s))
s.update(range(7))
print(list(s))

# pop() goes on from where the last pop stopped, also across clear() and growth.
s = set(range(6))
print(s.pop(), s.pop())
s.clear()
s.update([0, 1, 2, 3])
print(s.pop(), list(s))
s = {0, 1, 2, 3}
print(s.pop(), s.pop())
s.update(range(10, 20))
print(s.pop(), list(s))
s = set(range(100, 130))
print([s.pop() for _ in range(len(s))])

# Negative and big ints hash as in CPython (value modulo 2**61 - 1, -1 as -2).
print(list({-1, -2, -3, -8, -9, 7, 8}))
print(list(set([2**61 - 1, 2**61, 2**64, -2**64, 10**20, -10**20, 2**100 + 3, 0, 1])))
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30), hash(-10**30))

# Comprehensions, ranges and dict keys.
print({x * 8 for x in range(12)})
print({x % 13 for x in range(0, 200, 17)})
print(set(range(50, 70)), set(range(-5, 5)))
d = {k: 0 for k in [40, 8, 24, 16, 0, 32, 48, 56, 64]}
print(set(d), set(d.keys()), set(d.items()) == set(zip(d, d.values())))
print(frozenset(d), {*d, 100})

# A set built from a set copies its table; from a list it grows one member at a time.
a = set([64, 0, 128, 32, 96])
print(a, set(a), a.copy(), frozenset(a), set(list(a)), set(sorted(a)))

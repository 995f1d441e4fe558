# The set operations build their results in CPython's order: which operand is walked, whether
# the result starts as a copy, and when the table grows or drops its dummies.
a = {1, 9, 17, 25, 4, 12}
b = {25, 17, 2, 10, 4}
for r in [a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a]:
    print(list(r))
print(list(a.union(b, [33, 41], a)), list(a.intersection(b, a)), list(a.difference(b, [9])))
print(list(a.symmetric_difference([40, 48, 1])), list(a.symmetric_difference({0: 1, 9: 2})))
print(list(a.difference({4: 0, 12: 0})), list(a - {100}))

s = set(range(0, 64, 3))
s -= set(range(0, 64, 2))
print(list(s))
s &= {x for x in range(100) if x % 5}
print(list(s))
s ^= set(range(20))
print(list(s))
s |= {1000, 2000, 3000}
print(list(s))
s.intersection_update([3, 9, 15, 1000], s)
print(list(s))
s.difference_update([3], {9})
print(list(s))
s.symmetric_difference_update({5: None, 15: None})
print(list(s))
s.__init__([7, 15, 23, 31])
print(list(s))

# Equal members: which one survives follows CPython too.
print({1, 2} & {1.0, 2.0, 3.0}, {1.0, 2.0, 3.0} & {1, 2}, {1} | {1.0}, {True} ^ {1.0, 2})

# Random sequences of operations, compared after every step.
import random

for seed in range(3):
    random.seed(seed)

    def member():
        r = random.random()
        if r < 0.6:
            return random.randrange(-10, 80)
        if r < 0.8:
            return random.randrange(0, 50) * 64
        return random.randrange(-(2**70), 2**70)

    sets = [set(member() for _ in range(random.randrange(20))) for _ in range(3)]
    for step in range(60):
        i, j = random.randrange(3), random.randrange(3)
        a, b = sets[i], sets[j]
        op = random.randrange(12)
        if op == 0:
            a.add(member())
        elif op == 1 and a:
            a.discard(random.choice(sorted(a)))
        elif op == 2 and a:
            a.pop()
        elif op == 3:
            sets[i] = a | b
        elif op == 4:
            sets[i] = a & b
        elif op == 5:
            sets[i] = a - b
        elif op == 6:
            sets[i] = a ^ b
        elif op == 7:
            a |= set(member() for _ in range(5))
        elif op == 8:
            a -= b
        elif op == 9:
            a ^= b
        elif op == 10:
            sets[i] = set(a)
        else:
            a.update(range(random.randrange(30)))
        print(seed, step, list(sets[i]))
